import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { createPublicFormLimiter } from '../../src/lib/server/public-form-guard';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const origin = 'http://portal.test';

function applicationForm(overrides: Record<string, string> = {}): FormData {
	const form = new FormData();
	const fields = {
		organizationName: 'Sportverein Olbersdorf',
		contactName: 'Max Trainer',
		email: 'vorstand@sv-olbersdorf.example',
		phone: '03583 123456',
		website: '',
		message: 'Wir bieten Mitternachtssport für Jugendliche in Zittau an.',
		consent: 'on',
		homepage: '',
		...overrides
	};
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
}

describe('applications to join the network', () => {
	let database: TestDatabase;
	let smtp: TestSmtpServer;
	let mailer: Mailer;
	let coordinatorId: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' });
		coordinatorId = await createUser(database.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
	});
	afterAll(async () => {
		await smtp?.stop();
		await database?.cleanup();
	});

	const receive = (form: FormData, ip = '192.0.2.1', limiter = createPublicFormLimiter()) =>
		receiveApplication(database.db, form, { ip, limiter, mailer });

	it('are stored and confirmed to the applicant', async () => {
		expect(await receive(applicationForm())).toEqual({ kind: 'received' });
		const [application] = await listApplications(database.db);
		expect(application).toMatchObject({
			organizationName: 'Sportverein Olbersdorf',
			status: 'pending',
			phone: '03583 123456',
			website: null
		});
		const mail = await smtp.waitForMail((m) => m.to.includes('vorstand@sv-olbersdorf.example'));
		expect(mail.subject).toBe('Ihre Anfrage zur Aufnahme: Sportverein Olbersdorf');
	});

	it('answer a bot that filled the hidden field as if stored, but store and mail nothing', async () => {
		const before = (await listApplications(database.db)).length;
		const mails = smtp.messages.length;
		const form = applicationForm({
			organizationName: 'Casino Bonus',
			email: 'spam@bot.example',
			homepage: 'https://spam.example'
		});
		expect(await receive(form)).toEqual({ kind: 'received' });
		expect((await listApplications(database.db)).length).toBe(before);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(smtp.messages.length).toBe(mails);
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
		const [application] = await listApplications(database.db);
		const { organizationId, slug } = await acceptApplication(
			database.db,
			{ applicationId: application.id, category: 'verein-ehrenamt', coordinatorId },
			{ mailer, origin }
		);
		expect(slug).toBe('sportverein-olbersdorf');
		const organization = await database.db
			.selectFrom('organizations')
			.select(['name', 'status'])
			.where('id', '=', organizationId)
			.executeTakeFirstOrThrow();
		expect(organization).toEqual({ name: 'Sportverein Olbersdorf', status: 'draft' });

		const invitation = await smtp.waitForMail(
			(m) => m.subject === 'Einladung zum Partnernetzwerk: Sportverein Olbersdorf'
		);
		const token = new URL(findLinks(invitation.text)[0]).pathname.split('/').pop()!;
		const row = await findValidToken(database.db, 'invitation', token);
		expect(await listMemberships(database.db, row!.userId)).toMatchObject([{ organizationId, role: 'admin' }]);
		expect((await listApplications(database.db))[0]).toMatchObject({ status: 'accepted', organizationSlug: slug });
	});

	it('cannot be decided twice', async () => {
		const [application] = await listApplications(database.db);
		await expect(
			declineApplication(
				database.db,
				{ applicationId: application.id, message: 'Doch nicht.', coordinatorId },
				{ mailer }
			)
		).rejects.toBeInstanceOf(ApplicationNotPendingError);
	});

	it('when declined, send the coordinator’s message to the applicant', async () => {
		await receive(
			applicationForm({ organizationName: 'Schachclub Görlitz', email: 'info@schach-goerlitz.example' })
		);
		const pending = (await listApplications(database.db)).find((a) => a.status === 'pending')!;
		await declineApplication(
			database.db,
			{ applicationId: pending.id, message: 'Das Netzwerk ist auf Zittau beschränkt.', coordinatorId },
			{ mailer }
		);
		const mail = await smtp.waitForMail(
			(m) => m.to.includes('info@schach-goerlitz.example') && m.text.includes('nicht aufnehmen')
		);
		expect(mail.text).toContain('Die Koordinierungsstelle schreibt dazu:\nDas Netzwerk ist auf Zittau beschränkt.');
		const declined = (await listApplications(database.db)).find((a) => a.id === pending.id);
		expect(declined).toMatchObject({
			status: 'declined',
			decisionMessage: 'Das Netzwerk ist auf Zittau beschränkt.'
		});
	});
});
