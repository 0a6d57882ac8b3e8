import { beforeAll, describe, expect, it } from 'vitest';
import { findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createUser, listMemberships } from '../../src/lib/server/auth/users';
import {
	acceptApplication,
	ApplicationNotPendingError,
	declineApplication,
	listApplications
} from '../../src/lib/server/applications/applications';
import { receiveApplication } from '../../src/lib/server/applications/intake';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';
import { createPublicFormLimiter } from '../../src/lib/server/public-form-guard';
import { formData } from '../helpers/form-data';

const origin = 'http://portal.test';

function applicationForm(overrides: Record<string, string> = {}): FormData {
	return formData({
		organizationName: 'Sportverein Olbersdorf',
		contactName: 'Max Trainer',
		email: 'vorstand@sv-olbersdorf.example',
		phone: '03583 123456',
		website: '',
		message: 'Wir bieten Mitternachtssport für Jugendliche in Zittau an.',
		consent: 'on',
		homepage: '',
		...overrides
	});
}

describe('applications to join the network', () => {
	const setup = useMailTest();
	let coordinatorId: number;

	beforeAll(async () => {
		coordinatorId = await createUser(setup.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
	});

	const receive = (form: FormData, ip = '192.0.2.1', limiter = createPublicFormLimiter()) =>
		receiveApplication(setup.db, form, { ip, limiter, mailer: setup.mailer });

	it('are stored and confirmed to the applicant', async () => {
		expect(await receive(applicationForm())).toEqual({ kind: 'received' });
		const [application] = await listApplications(setup.db);
		expect(application).toMatchObject({
			organizationName: 'Sportverein Olbersdorf',
			status: 'pending',
			phone: '03583 123456',
			website: null
		});
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('vorstand@sv-olbersdorf.example'));
		expect(mail.subject).toBe('Ihre Anfrage zur Aufnahme: Sportverein Olbersdorf');
	});

	it('answer a bot that filled the hidden field as if stored, but store and mail nothing', async () => {
		const before = (await listApplications(setup.db)).length;
		const mails = setup.smtp.messages.length;
		const form = applicationForm({
			organizationName: 'Casino Bonus',
			email: 'spam@bot.example',
			homepage: 'https://spam.example'
		});
		expect(await receive(form)).toEqual({ kind: 'received' });
		expect((await listApplications(setup.db)).length).toBe(before);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(setup.smtp.messages.length).toBe(mails);
	});

	it('keep the input and say in German what to fix', async () => {
		const result = await receive(applicationForm({ email: 'kein-at-zeichen', message: 'zu kurz', consent: '' }));
		expect(result).toMatchObject({
			kind: 'invalid',
			values: { organizationName: 'Sportverein Olbersdorf', email: 'kein-at-zeichen' },
			errors: {
				email: expect.stringContaining('gültige E-Mail-Adresse'),
				message: expect.stringContaining('mindestens 20 Zeichen'),
				consent: expect.stringContaining('bestätigen')
			}
		});
	});

	it('refuse an address after ten posts in an hour, while another address may still apply', async () => {
		const limiter = createPublicFormLimiter();
		const spamForm = applicationForm({ homepage: 'x' });
		for (let i = 0; i < 10; i += 1)
			expect((await receive(spamForm, '198.51.100.7', limiter)).kind).toBe('received');
		const throttled = await receive(applicationForm(), '198.51.100.7', limiter);
		expect(throttled.kind).toBe('throttled');
		expect(await receive(spamForm, '198.51.100.8', limiter)).toEqual({ kind: 'received' });
	});

	it('when accepted, create the organization as a draft and invite the applicant as its admin', async () => {
		const [application] = await listApplications(setup.db);
		const { organizationId, slug } = await acceptApplication(
			setup.db,
			{ applicationId: application.id, category: 'verein-ehrenamt', coordinatorId },
			{ mailer: setup.mailer, origin }
		);
		expect(slug).toBe('sportverein-olbersdorf');
		const organization = await setup.db
			.selectFrom('organizations')
			.select(['name', 'status'])
			.where('id', '=', organizationId)
			.executeTakeFirstOrThrow();
		expect(organization).toEqual({ name: 'Sportverein Olbersdorf', status: 'draft' });

		const invitation = await setup.smtp.waitForMail(
			(m) => m.subject === 'Einladung zum Partnernetzwerk: Sportverein Olbersdorf'
		);
		const token = new URL(findLinks(invitation.text)[0]).pathname.split('/').pop()!;
		const row = await findValidToken(setup.db, 'invitation', token);
		expect(await listMemberships(setup.db, row!.userId)).toMatchObject([{ organizationId, role: 'admin' }]);
		expect((await listApplications(setup.db))[0]).toMatchObject({ status: 'accepted', organizationSlug: slug });
	});

	it('cannot be decided twice', async () => {
		const [application] = await listApplications(setup.db);
		await expect(
			declineApplication(
				setup.db,
				{ applicationId: application.id, message: 'Doch nicht.', coordinatorId },
				{ mailer: setup.mailer }
			)
		).rejects.toBeInstanceOf(ApplicationNotPendingError);
	});

	it('when declined, send the coordinator’s message to the applicant', async () => {
		await receive(
			applicationForm({ organizationName: 'Schachclub Görlitz', email: 'info@schach-goerlitz.example' })
		);
		const pending = (await listApplications(setup.db)).find((a) => a.status === 'pending')!;
		await declineApplication(
			setup.db,
			{ applicationId: pending.id, message: 'Das Netzwerk ist auf Zittau beschränkt.', coordinatorId },
			{ mailer: setup.mailer }
		);
		const mail = await setup.smtp.waitForMail(
			(m) => m.to.includes('info@schach-goerlitz.example') && m.text.includes('nicht aufnehmen')
		);
		expect(mail.text).toContain('Die Koordinierungsstelle schreibt dazu:\nDas Netzwerk ist auf Zittau beschränkt.');
		const declined = (await listApplications(setup.db)).find((a) => a.id === pending.id);
		expect(declined).toMatchObject({
			status: 'declined',
			decisionMessage: 'Das Netzwerk ist auf Zittau beschränkt.'
		});
	});
});
