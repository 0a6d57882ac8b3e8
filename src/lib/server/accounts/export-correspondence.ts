import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * What one person subscribed to, was sent, and sent without an account (matched by their email),
 * for their data export. Secrets stay out: a calendar feed or a pending link is only said to exist.
 */
export async function exportCorrespondence(db: Kysely<Database>, userId: number, email: string) {
	const [user, calendarFeed, follows, notifications, links, contactMessages, applications, claims] =
		await Promise.all([
			db.selectFrom('users').select('notification_mode').where('id', '=', userId).executeTakeFirstOrThrow(),
			db.selectFrom('calendar_feed_tokens').select('created_at').where('user_id', '=', userId).executeTakeFirst(),
			db
				.selectFrom('proposal_followers')
				.innerJoin('proposals', 'proposals.id', 'proposal_followers.proposal_id')
				.select(['proposals.title', 'proposals.slug', 'proposal_followers.created_at'])
				.where('proposal_followers.user_id', '=', userId)
				.orderBy('proposal_followers.created_at')
				.execute(),
			db
				.selectFrom('notifications')
				.select(['subject', 'body', 'link', 'delivery', 'created_at', 'sent_at'])
				.where('user_id', '=', userId)
				.orderBy('id')
				.execute(),
			db
				.selectFrom('one_time_tokens')
				.select(['purpose', 'created_at', 'expires_at', 'used_at'])
				.where('user_id', '=', userId)
				.orderBy('id')
				.execute(),
			db
				.selectFrom('contact_messages')
				.select(['reference', 'topic', 'message', 'page', 'name', 'email', 'phone', 'status', 'created_at'])
				.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
				.orderBy('id')
				.execute(),
			db
				.selectFrom('partner_applications')
				.select(['organization_name', 'contact_name', 'email', 'phone', 'website', 'message', 'status'])
				.select(['decision_message', 'created_at'])
				.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
				.orderBy('id')
				.execute(),
			db
				.selectFrom('entry_claims')
				.innerJoin('organizations', 'organizations.id', 'entry_claims.organization_id')
				.select(['organizations.name as organization', 'entry_claims.claimant_name', 'entry_claims.status'])
				.select('entry_claims.requested_at')
				.where((eb) => eb(eb.fn('lower', ['entry_claims.claimant_email']), '=', email))
				.orderBy('entry_claims.id')
				.execute()
		]);
	return {
		subscriptions: {
			notificationMode: user.notification_mode,
			calendarFeed: calendarFeed ? { createdAt: calendarFeed.created_at } : null,
			followedProposals: follows.map((f) => ({ title: f.title, slug: f.slug, since: f.created_at }))
		},
		notifications: notifications.map((n) => ({
			subject: n.subject,
			body: n.body,
			link: n.link,
			delivery: n.delivery,
			createdAt: n.created_at,
			sentAt: n.sent_at
		})),
		pendingLinks: links.map((l) => ({
			purpose: l.purpose,
			createdAt: l.created_at,
			expiresAt: l.expires_at,
			usedAt: l.used_at
		})),
		messagesSent: {
			contactMessages: contactMessages.map(({ created_at, ...m }) => ({ ...m, at: created_at })),
			partnerApplications: applications.map((a) => ({
				organization: a.organization_name,
				contactName: a.contact_name,
				email: a.email,
				phone: a.phone,
				website: a.website,
				message: a.message,
				status: a.status,
				answer: a.decision_message,
				at: a.created_at
			})),
			entryClaims: claims.map((c) => ({
				organization: c.organization,
				name: c.claimant_name,
				status: c.status,
				at: c.requested_at
			}))
		}
	};
}

/** Requests of other people the person decided on, in the coordinator's role: only what and when. */
export async function exportDecisions(db: Kysely<Database>, userId: number) {
	const decided = (table: DecisionTable, by: 'decided_by' | 'handled_by' | 'hidden_by', at: AtColumn) =>
		db
			.selectFrom(table)
			.select(['id', `${at} as at`])
			.where(by, '=', userId)
			.orderBy('id')
			.execute()
			.then((rows) => rows.map((row) => ({ kind: table, id: row.id, at: row.at as string | null })));
	const lists = await Promise.all([
		decided('partner_applications', 'decided_by', 'decided_at'),
		decided('entry_claims', 'decided_by', 'decided_at'),
		decided('proposal_offers', 'decided_by', 'decided_at'),
		decided('working_group_members', 'decided_by', 'decided_at'),
		decided('proposal_comments', 'hidden_by', 'hidden_at'),
		decided('contact_messages', 'handled_by', 'handled_at')
	]);
	return lists.flat();
}

type DecisionTable =
	| 'partner_applications'
	| 'entry_claims'
	| 'proposal_offers'
	| 'working_group_members'
	| 'proposal_comments'
	| 'contact_messages';
type AtColumn = 'decided_at' | 'hidden_at' | 'handled_at';
