import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { postAnnouncement } from '../../src/lib/server/groups/announcements';
import { createMeeting } from '../../src/lib/server/groups/meetings';
import { deliverNotices } from '../../src/lib/server/notifications/after-commit';
import type { GroupRef } from '../../src/lib/server/groups/types';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { setNotificationMode } from '../../src/lib/server/notifications/preference';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const origin = 'http://portal.test';

describe('notifications of working groups', () => {
	let t: TestDatabase;
	let smtp: TestSmtpServer;
	let mailer: Mailer;
	let group: GroupRef;
	let lead: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	const people: Record<'sofort' | 'taeglich' | 'aus' | 'draussen', number> = {
		sofort: 0,
		taeglich: 0,
		aus: 0,
		draussen: 0
	};

	beforeAll(async () => {
		t = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' });
		lead = await makeOrganizationWithPerson(t.db, 'Polizeirevier Zittau');
		const outside = await makeOrganizationWithPerson(t.db, 'Verkehrswacht Zittau');
		group = await makeGroup(t.db, {
			name: 'AG Sicherheit im öffentlichen Raum',
			joinPolicy: 'open',
			lead,
			coordinatorId: await makeCoordinator(t.db)
		});
		for (const key of ['sofort', 'taeglich', 'aus'] as const) {
			people[key] = await createUser(t.db, {
				email: `${key}@example.org`,
				name: key,
				role: 'partner',
				password: 'ein-langes-passwort-2026'
			});
			await addMembership(t.db, people[key], lead.organizationId, 'editor');
		}
		people.draussen = outside.userId;
		await setNotificationMode(t.db, people.taeglich, 'daily');
		await setNotificationMode(t.db, people.aus, 'off');
	});
	afterAll(async () => {
		await smtp?.stop();
		await t?.cleanup();
	});

	const queued = () =>
		t.db.selectFrom('notifications').select(['user_id', 'delivery', 'subject', 'sent_at']).orderBy('id').execute();

	it('mails "immediate" members at once over SMTP, saves the digest for "daily" ones, and skips "off", the author and non-members', async () => {
		const meeting = {
			title: 'Begehung Klosterplatz',
			startsAt: new Date('2026-12-08T17:00:00Z'),
			endsAt: new Date('2026-12-08T18:30:00Z'),
			location: 'Rathaus Zittau',
			videoUrl: null,
			agenda: ''
		};
		const id = await createMeeting(t.db, group, meeting, lead.userId, origin);
		expect((await queued()).map((n) => [n.user_id, n.delivery])).toEqual([
			[people.sofort, 'immediate'],
			[people.taeglich, 'daily']
		]);
		await deliverNotices(t.db, { origin, siteName: 'KPR Test', mailer });
		const mail = await smtp.waitForMail((m) => m.to.includes('sofort@example.org'));
		expect(mail.subject).toBe('Neuer Termin der AG Sicherheit im öffentlichen Raum: Begehung Klosterplatz');
		expect(mail.text).toContain('Dienstag, 8. Dezember 2026 um 18:00 Uhr');
		expect(mail.text).toContain(`${origin}/arbeitsgruppen/${group.slug}/intern/termine/${id}`);
		expect(smtp.messages.map((m) => m.to).flat()).toEqual(['sofort@example.org']);
		expect((await queued()).find((n) => n.user_id === people.taeglich)?.sent_at).toBeNull();
	});

	it('notifies members of a new announcement the same way', async () => {
		await postAnnouncement(
			t.db,
			group,
			{ title: 'Hinweise gesucht', body: 'Bitte **bis Freitag** melden.', authorId: lead.userId },
			origin
		);
		await deliverNotices(t.db, { origin, siteName: 'KPR Test', mailer });
		const mail = await smtp.waitForMail((m) => m.subject.includes('Hinweise gesucht'));
		expect(mail.to).toEqual(['sofort@example.org']);
		expect(mail.text).toContain('Bitte bis Freitag melden.');
	});
});
