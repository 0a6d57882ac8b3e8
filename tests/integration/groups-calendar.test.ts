import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPersonFeed } from '../../src/lib/server/groups/feeds';
import { renewFeedToken, revokeFeedToken } from '../../src/lib/server/groups/feed-tokens';
import { leaveGroup } from '../../src/lib/server/groups/membership';
import { cancelMeeting, createMeeting } from '../../src/lib/server/groups/meetings';
import type { GroupRef } from '../../src/lib/server/groups/types';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';
import { useTestDatabase } from '../helpers/test-database';

const origin = 'http://portal.test';

function eventsOf(calendar: string) {
	const component = new ICAL.Component(ICAL.parse(calendar));
	return component.getAllSubcomponents('vevent').map((v) => {
		const event = new ICAL.Event(v);
		return {
			summary: event.summary,
			start: event.startDate.toJSDate().toISOString(),
			location: event.location,
			status: v.getFirstPropertyValue('status')
		};
	});
}

describe('calendar feeds of working groups', () => {
	const t = useTestDatabase();
	let police: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let school: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let safety: GroupRef;
	let youth: GroupRef;
	let token: string;

	beforeAll(async () => {
		const coordinatorId = await makeCoordinator(t.db);
		police = await makeOrganizationWithPerson(t.db, 'Polizeirevier Zittau');
		school = await makeOrganizationWithPerson(t.db, 'Oberschule am Töpferberg');
		safety = await makeGroup(t.db, {
			name: 'AG Sicherheit im öffentlichen Raum',
			joinPolicy: 'open',
			lead: school,
			coordinatorId
		});
		youth = await makeGroup(t.db, {
			name: 'AG Kinder- und Jugendschutz',
			joinPolicy: 'on_request',
			lead: police,
			coordinatorId
		});
		const meeting = (title: string, start: string, end: string, location: string) => ({
			title,
			startsAt: new Date(start),
			endsAt: new Date(end),
			location,
			videoUrl: null,
			agenda: '1. Begrüßung'
		});
		const meetings = [
			{
				group: safety,
				by: school,
				...meeting(
					'Begehung Klosterplatz',
					'2026-12-08T17:00:00Z',
					'2026-12-08T18:30:00Z',
					'Rathaus Zittau, Markt 1'
				)
			},
			{
				group: youth,
				by: police,
				...meeting('Fachaustausch Cybermobbing', '2026-12-10T14:00:00Z', '2026-12-10T15:30:00Z', 'Jugendamt')
			}
		];
		for (const { group, by, ...details } of meetings) await createMeeting(t.db, group, details, by.userId, origin);
		token = await renewFeedToken(t.db, school.userId);
	});

	it('gives a person the meetings of their own groups only, readable by ical.js with summary, start and location', async () => {
		const events = eventsOf((await buildPersonFeed(t.db, token, origin))!);
		expect(events).toEqual([
			{
				summary: 'AG Sicherheit im öffentlichen Raum: Begehung Klosterplatz',
				start: '2026-12-08T17:00:00.000Z',
				location: 'Rathaus Zittau, Markt 1',
				status: 'CONFIRMED'
			}
		]);
	});

	it('has a feed per group, and none for a group the person is not in', async () => {
		expect(eventsOf((await buildPersonFeed(t.db, token, origin, safety.slug))!)).toHaveLength(1);
		expect(await buildPersonFeed(t.db, token, origin, youth.slug)).toBeNull();
		expect(await buildPersonFeed(t.db, token, origin, 'gibt-es-nicht')).toBeNull();
	});

	it('keeps a cancelled meeting in the feed as CANCELLED so that calendars remove it', async () => {
		const meeting = await t.db
			.selectFrom('working_group_meetings')
			.select('id')
			.where('group_id', '=', safety.id)
			.executeTakeFirstOrThrow();
		await cancelMeeting(t.db, safety.id, meeting.id);
		expect(eventsOf((await buildPersonFeed(t.db, token, origin))!)[0].status).toBe('CANCELLED');
	});

	it('follows the membership at request time: after leaving a group its meetings are gone', async () => {
		const policeToken = await renewFeedToken(t.db, police.userId);
		await t.db
			.insertInto('working_group_members')
			.values({ group_id: safety.id, organization_id: police.organizationId, status: 'member' })
			.execute();
		expect(eventsOf((await buildPersonFeed(t.db, policeToken, origin))!).map((e) => e.summary)).toHaveLength(2);
		await leaveGroup(t.db, safety, { organizationId: police.organizationId, userId: police.userId });
		expect(eventsOf((await buildPersonFeed(t.db, policeToken, origin))!).map((e) => e.summary)).toEqual([
			'AG Kinder- und Jugendschutz: Fachaustausch Cybermobbing'
		]);
	});

	it('gives nothing for a revoked token, and a renewed token replaces the old one', async () => {
		const renewed = await renewFeedToken(t.db, school.userId);
		expect(await buildPersonFeed(t.db, token, origin)).toBeNull();
		expect(await buildPersonFeed(t.db, renewed, origin)).not.toBeNull();
		await revokeFeedToken(t.db, school.userId);
		expect(await buildPersonFeed(t.db, renewed, origin)).toBeNull();
		expect(await buildPersonFeed(t.db, 'a'.repeat(32), origin)).toBeNull();
	});

	it('stores only a hash of the token', async () => {
		const fresh = await renewFeedToken(t.db, school.userId);
		const row = await t.db
			.selectFrom('calendar_feed_tokens')
			.select('token_hash')
			.where('user_id', '=', school.userId)
			.executeTakeFirstOrThrow();
		expect(Buffer.from(row.token_hash).toString('utf8')).not.toContain(fresh);
		expect(row.token_hash).toHaveLength(32);
	});
});
