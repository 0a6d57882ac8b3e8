import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { queueNotifications } from '../notifications/queue';
import { listMemberUserIds } from './member-queries';
import type { MeetingFields } from './meeting-form';
import { meetingNotice } from './notices';
import type { GroupRef } from './types';

export interface Meeting {
	id: number;
	title: string;
	startsAt: string;
	endsAt: string;
	location: string | null;
	videoUrl: string | null;
	agenda: string;
	minutes: string;
	cancelledAt: string | null;
	updatedAt: string;
}

const COLUMNS = [
	'id',
	'title',
	'starts_at',
	'ends_at',
	'location',
	'video_url',
	'agenda',
	'minutes',
	'cancelled_at',
	'updated_at'
] as const;

/**
 * Saves a new meeting and, in the same transaction, queues a notice for every member except its
 * author (each as they chose: at once, in the digest, or not at all).
 */
export async function createMeeting(
	db: Kysely<Database>,
	group: GroupRef,
	fields: MeetingFields,
	authorId: number,
	origin: string
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const { id } = await trx
			.insertInto('working_group_meetings')
			.values({ group_id: group.id, created_by: authorId, ...columns(fields) })
			.returning('id')
			.executeTakeFirstOrThrow();
		const recipients = (await listMemberUserIds(trx, group.id, group.leadUserId)).filter(
			(userId) => userId !== authorId
		);
		await queueNotifications(trx, recipients, meetingNotice(group, { id, ...fields }, origin));
		return id;
	});
}

export async function updateMeeting(
	db: Kysely<Database>,
	groupId: number,
	meetingId: number,
	fields: MeetingFields
): Promise<void> {
	await db
		.updateTable('working_group_meetings')
		.set({ ...columns(fields), updated_at: new Date().toISOString() })
		.where('id', '=', meetingId)
		.where('group_id', '=', groupId)
		.execute();
}

/** A cancelled meeting stays, marked, so that calendar clients learn of the cancellation. */
export async function cancelMeeting(db: Kysely<Database>, groupId: number, meetingId: number): Promise<void> {
	const now = new Date().toISOString();
	await db
		.updateTable('working_group_meetings')
		.set({ cancelled_at: now, updated_at: now })
		.where('id', '=', meetingId)
		.where('group_id', '=', groupId)
		.where('cancelled_at', 'is', null)
		.execute();
}

export async function saveMinutes(
	db: Kysely<Database>,
	groupId: number,
	meetingId: number,
	minutes: string
): Promise<void> {
	await db
		.updateTable('working_group_meetings')
		.set({ minutes, updated_at: new Date().toISOString() })
		.where('id', '=', meetingId)
		.where('group_id', '=', groupId)
		.execute();
}

/** A meeting of this group, or null (also for another group's meeting id). */
export async function getMeeting(db: Kysely<Database>, groupId: number, meetingId: number): Promise<Meeting | null> {
	if (!Number.isInteger(meetingId)) return null;
	const row = await db
		.selectFrom('working_group_meetings')
		.select(COLUMNS)
		.where('id', '=', meetingId)
		.where('group_id', '=', groupId)
		.executeTakeFirst();
	return row ? toMeeting(row) : null;
}

/** Upcoming meetings (soonest first) and past ones (latest first, at most `pastLimit`). */
export async function listMeetings(
	db: Kysely<Database>,
	groupId: number,
	now = new Date(),
	pastLimit = 20
): Promise<{ upcoming: Meeting[]; past: Meeting[] }> {
	const boundary = now.toISOString();
	const base = db.selectFrom('working_group_meetings').select(COLUMNS).where('group_id', '=', groupId);
	const [upcoming, past] = await Promise.all([
		base.where('ends_at', '>=', boundary).orderBy('starts_at').execute(),
		base.where('ends_at', '<', boundary).orderBy('starts_at', 'desc').limit(pastLimit).execute()
	]);
	return { upcoming: upcoming.map(toMeeting), past: past.map(toMeeting) };
}

function columns(fields: MeetingFields) {
	return {
		title: fields.title,
		starts_at: fields.startsAt.toISOString(),
		ends_at: fields.endsAt.toISOString(),
		location: fields.location,
		video_url: fields.videoUrl,
		agenda: fields.agenda
	};
}

function toMeeting(row: {
	id: number;
	title: string;
	starts_at: string;
	ends_at: string;
	location: string | null;
	video_url: string | null;
	agenda: string;
	minutes: string;
	cancelled_at: string | null;
	updated_at: string;
}): Meeting {
	return {
		id: row.id,
		title: row.title,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		location: row.location,
		videoUrl: row.video_url,
		agenda: row.agenda,
		minutes: row.minutes,
		cancelledAt: row.cancelled_at,
		updatedAt: row.updated_at
	};
}
