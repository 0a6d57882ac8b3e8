import { beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { postAnnouncement } from '../../src/lib/server/groups/announcements';
import { createMeeting } from '../../src/lib/server/groups/meetings';
import { deliverNotices } from '../../src/lib/server/notifications/after-commit';
import type { GroupRef } from '../../src/lib/server/groups/types';
import { useMailTest } from '../helpers/mail-test';
import { setNotificationMode } from '../../src/lib/server/notifications/preference';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';

const origin = 'http://portal.test';

describe('notifications of working groups', () => {
	const setup = useMailTest();
	let group: GroupRef;
	let lead: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	const people = { sofort: 0, taeglich: 0, aus: 0, draussen: 0 };

	beforeAll(async () => {
		lead = await makeOrganizationWithPerson(setup.db, 'Polizeirevier Zittau');
		const outside = await makeOrganizationWithPerson(setup.db, 'Verkehrswacht Zittau');
		group = await makeGroup(setup.db, {
			name: 'AG Sicherheit im öffentlichen Raum',
			joinPolicy: 'open',
			lead,
			coordinatorId: await makeCoordinator(setup.db)
		});
		for (const key of ['sofort', 'taeglich', 'aus'] as const) {
			people[key] = await createUser(setup.db, {
				email: `${key}@example.org`,
				name: key,
				role: 'partner',
				password: 'ein-langes-passwort-2026'
			});
			await addMembership(setup.db, people[key], lead.organizationId, 'editor');
		}
		people.draussen = outside.userId;
		await setNotificationMode(setup.db, people.taeglich, 'daily');
		await setNotificationMode(setup.db, people.aus, 'off');
	});

	const queued = () =>
		setup.db
			.selectFrom('notifications')
			.select(['user_id', 'delivery', 'subject', 'sent_at'])
			.orderBy('id')
			.execute();

	it('mails "immediate" members at once over SMTP, saves the digest for "daily" ones, and skips "off", the author and non-members', async () => {
		const meeting = {
			title: 'Begehung Klosterplatz',
			startsAt: new Date('2026-12-08T17:00:00Z'),
			endsAt: new Date('2026-12-08T18:30:00Z'),
			location: 'Rathaus Zittau',
			videoUrl: null,
			agenda: ''
		};
		const id = await createMeeting(setup.db, group, meeting, lead.userId, origin);
		expect((await queued()).map((n) => [n.user_id, n.delivery])).toEqual([
			[people.sofort, 'immediate'],
			[people.taeglich, 'daily']
		]);
		await deliverNotices(setup.db, { origin, siteName: 'KPR Test', mailer: setup.mailer });
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('sofort@example.org'));
		expect(mail.subject).toBe('Neuer Termin der AG Sicherheit im öffentlichen Raum: Begehung Klosterplatz');
		expect(mail.text).toContain('Dienstag, 8. Dezember 2026 um 18:00 Uhr');
		expect(mail.text).toContain(`${origin}/arbeitsgruppen/${group.slug}/intern/termine/${id}`);
		expect(setup.smtp.messages.map((m) => m.to).flat()).toEqual(['sofort@example.org']);
		expect((await queued()).find((n) => n.user_id === people.taeglich)?.sent_at).toBeNull();
	});

	it('notifies members of a new announcement the same way', async () => {
		await postAnnouncement(
			setup.db,
			group,
			{ title: 'Hinweise gesucht', body: 'Bitte **bis Freitag** melden.', authorId: lead.userId },
			origin
		);
		await deliverNotices(setup.db, { origin, siteName: 'KPR Test', mailer: setup.mailer });
		const mail = await setup.smtp.waitForMail((m) => m.subject.includes('Hinweise gesucht'));
		expect(mail.to).toEqual(['sofort@example.org']);
		expect(mail.text).toContain('Bitte bis Freitag melden.');
	});
});
