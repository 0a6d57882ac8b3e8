import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, addMembership, disableUser } from '../../src/lib/server/auth/users';
import { decideClaim, findOpenClaim, listClaimRequests, requestClaim } from '../../src/lib/server/freshness/claims';
import { listStaleEntries, sendFreshnessReminders } from '../../src/lib/server/freshness/reminders';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';

const origin = 'http://portal.test';
const now = new Date('2026-11-25T08:00:00Z');
const later = (months: number) => new Date(Date.UTC(2026, 10 + months, 25, 8));

describe('freshness reminders', () => {
	const setup = useMailTest();

	beforeAll(async () => {
		const db = setup.db;
		await createPartner(db, makePartnerInput({ name: 'Frisch geprüft', slug: 'frisch', verifiedAt: '2026-10-01' }));
		const school = await createPartner(
			db,
			makePartnerInput({ name: 'Oberschule', slug: 'oberschule', verifiedAt: '2026-04-20' })
		);
		await createPartner(
			db,
			makePartnerInput({
				name: 'Altes Jugendhaus',
				slug: 'jugendhaus',
				verifiedAt: '2025-09-01',
				email: 'info@jugendhaus.example'
			})
		);
		await createPartner(db, makePartnerInput({ name: 'Stiller Verein', slug: 'verein', verifiedAt: '2026-01-02' }));
		await createPartner(
			db,
			makePartnerInput({ name: 'Entwurf', slug: 'entwurf', verifiedAt: '2024-01-01', status: 'draft' })
		);

		const teacher = await createUser(db, {
			email: 'sozialarbeit@oberschule.example',
			name: 'A',
			role: 'partner',
			password: 'ein-langes-passwort-2026'
		});
		const gone = await createUser(db, {
			email: 'ehemals@oberschule.example',
			name: 'B',
			role: 'partner',
			password: 'ein-langes-passwort-2026'
		});
		await addMembership(db, teacher, school, 'editor');
		await addMembership(db, gone, school, 'admin');
		await disableUser(db, gone);
	});

	it('list published entries unconfirmed for six months as due and for twelve months as flagged, oldest first', async () => {
		const entries = await listStaleEntries(setup.db, now);
		expect(entries.map((e) => [e.slug, e.freshness])).toEqual([
			['jugendhaus', 'flagged'],
			['verein', 'reminder'],
			['oberschule', 'reminder']
		]);
	});

	it('mail the active members, else the public address, with a link to the entry, and name the unreachable', async () => {
		const report = await sendFreshnessReminders(setup.db, { mailer: setup.mailer, origin, now });
		expect(report.sent.map((s) => [s.slug, s.recipients])).toEqual([
			['jugendhaus', 1],
			['oberschule', 1]
		]);
		expect(report.unreachable.map((u) => u.slug)).toEqual(['verein']);

		const mail = await setup.smtp.waitForMail((m) => m.to.includes('sozialarbeit@oberschule.example'));
		expect(mail.subject).toBe('Bitte prüfen Sie Ihren Eintrag: Oberschule');
		expect(mail.text).toContain('zuletzt am 20. April 2026 als aktuell bestätigt');
		expect(findLinks(mail.text)).toEqual([`${origin}/intern/organisation/oberschule`]);
		await setup.smtp.waitForMail((m) => m.to.includes('info@jugendhaus.example'));
		expect(setup.smtp.messages.flatMap((m) => m.to)).not.toContain('ehemals@oberschule.example');
	});

	it('give an entry without accounts a working next step: a one-time link to claim it, confirmed by the coordinator', async () => {
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('info@jugendhaus.example'));
		expect(mail.text).toContain('Bisher hat niemand aus Ihrer Organisation einen Zugang');
		const [claimLink, contactLink] = findLinks(mail.text);
		expect(contactLink).toBe(`${origin}/kontakt`);
		const token = claimLink.match(/^http:\/\/portal\.test\/eintrag-uebernehmen\/([A-Za-z0-9_-]+)$/)?.[1];
		expect(token).toBeTruthy();
		expect(await findOpenClaim(setup.db, token!, now)).toMatchObject({ organizationName: 'Altes Jugendhaus' });

		expect(
			await requestClaim(setup.db, token!, { name: 'Jana Jugend', email: 'jana@jugendhaus.example' }, now)
		).toBe(true);
		// One time only.
		expect(await requestClaim(setup.db, token!, { name: 'Jemand', email: 'jemand@example.org' }, now)).toBe(false);
		const [request] = await listClaimRequests(setup.db);
		expect(request).toMatchObject({
			organizationName: 'Altes Jugendhaus',
			claimantEmail: 'jana@jugendhaus.example'
		});

		const coordinator = await createUser(setup.db, {
			email: 'kpr@zittau.example',
			name: 'Koordination',
			role: 'coordinator',
			password: 'ein-langes-passwort-2026'
		});
		expect(
			await decideClaim(
				setup.db,
				request.id,
				{ accept: true, coordinatorId: coordinator },
				{ mailer: setup.mailer, origin, now }
			)
		).toBe(true);
		const invitation = await setup.smtp.waitForMail((m) => m.to.includes('jana@jugendhaus.example'));
		expect(findLinks(invitation.text)[0]).toMatch(/^http:\/\/portal\.test\/einladung\//);
		const membership = await setup.db
			.selectFrom('memberships as m')
			.innerJoin('users as u', 'u.id', 'm.user_id')
			.select('m.role')
			.where('u.email', '=', 'jana@jugendhaus.example')
			.executeTakeFirst();
		expect(membership?.role).toBe('admin');
		expect(await listClaimRequests(setup.db)).toEqual([]);
	});

	it('send nothing more within the same six-month period', async () => {
		const before = setup.smtp.messages.length;
		const report = await sendFreshnessReminders(setup.db, { mailer: setup.mailer, origin, now: later(3) });
		expect(report.sent).toEqual([]);
		expect(setup.smtp.messages.length).toBe(before);
		expect(
			(await listStaleEntries(setup.db, later(3))).find((e) => e.slug === 'oberschule')?.remindedThisPeriod
		).toBe(true);
	});

	it("remind again once an entry's next period begins (18 and 12 months after confirming), flagged by then", async () => {
		const report = await sendFreshnessReminders(setup.db, { mailer: setup.mailer, origin, now: later(5) });
		expect(report.sent.map((s) => s.slug)).toEqual(['jugendhaus', 'oberschule']);
		const entry = (await listStaleEntries(setup.db, later(5))).find((e) => e.slug === 'oberschule');
		expect(entry?.freshness).toBe('flagged');
	});
});
