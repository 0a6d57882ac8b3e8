import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { markdownToPlainText } from '../markdown/render';
import { queueNotifications } from '../notifications/queue';
import { listMemberUserIds } from './member-queries';
import { announcementNotice } from './notices';
import type { GroupRef } from './types';

export interface Announcement {
	id: number;
	title: string;
	/** Markdown; the page renders it on the server. */
	body: string;
	author: string | null;
	createdAt: string;
	replies: { id: number; body: string; author: string | null; createdAt: string }[];
}

export const ANNOUNCEMENTS_PER_PAGE = 10;

/** Posts an announcement and queues a notice for every member except its author, in one transaction. */
export async function postAnnouncement(
	db: Kysely<Database>,
	group: GroupRef,
	{ title, body, authorId }: { title: string; body: string; authorId: number },
	origin: string
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const { id } = await trx
			.insertInto('working_group_announcements')
			.values({ group_id: group.id, author_id: authorId, title, body })
			.returning('id')
			.executeTakeFirstOrThrow();
		const recipients = (await listMemberUserIds(trx, group.id, group.leadUserId)).filter(
			(userId) => userId !== authorId
		);
		await queueNotifications(
			trx,
			recipients,
			announcementNotice(group, { title, plainBody: markdownToPlainText(body) }, origin)
		);
		return id;
	});
}

/** False when the announcement is not one of this group's. */
export async function replyToAnnouncement(
	db: Kysely<Database>,
	groupId: number,
	{ announcementId, body, authorId }: { announcementId: number; body: string; authorId: number }
): Promise<boolean> {
	if (!Number.isInteger(announcementId)) return false;
	const announcement = await db
		.selectFrom('working_group_announcements')
		.select('id')
		.where('id', '=', announcementId)
		.where('group_id', '=', groupId)
		.executeTakeFirst();
	if (!announcement) return false;
	await db
		.insertInto('working_group_replies')
		.values({ announcement_id: announcementId, author_id: authorId, body })
		.execute();
	return true;
}

/** One page of announcements, newest first, each with its replies oldest first. */
export async function listAnnouncements(
	db: Kysely<Database>,
	groupId: number,
	page: number
): Promise<{ items: Announcement[]; totalPages: number }> {
	const { count } = await db
		.selectFrom('working_group_announcements')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('group_id', '=', groupId)
		.executeTakeFirstOrThrow();
	const rows = await db
		.selectFrom('working_group_announcements as a')
		.leftJoin('users as u', 'u.id', 'a.author_id')
		.select(['a.id', 'a.title', 'a.body', 'u.name as author', 'a.created_at'])
		.where('a.group_id', '=', groupId)
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id', 'desc')
		.limit(ANNOUNCEMENTS_PER_PAGE)
		.offset((page - 1) * ANNOUNCEMENTS_PER_PAGE)
		.execute();
	const replies = rows.length
		? await db
				.selectFrom('working_group_replies as r')
				.leftJoin('users as u', 'u.id', 'r.author_id')
				.select(['r.id', 'r.announcement_id', 'r.body', 'u.name as author', 'r.created_at'])
				.where(
					'r.announcement_id',
					'in',
					rows.map((r) => r.id)
				)
				.orderBy('r.id')
				.execute()
		: [];
	return {
		totalPages: Math.max(1, Math.ceil(Number(count) / ANNOUNCEMENTS_PER_PAGE)),
		items: rows.map((r) => ({
			id: r.id,
			title: r.title,
			body: r.body,
			author: r.author,
			createdAt: r.created_at,
			replies: replies
				.filter((reply) => reply.announcement_id === r.id)
				.map((reply) => ({ id: reply.id, body: reply.body, author: reply.author, createdAt: reply.created_at }))
		}))
	};
}
