import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAccountData, type AccountExport } from '../../src/lib/server/accounts/data-export';
import { logAuthEvent } from '../../src/lib/server/auth/events';
import { createOneTimeToken } from '../../src/lib/server/auth/one-time-token';
import { createSession } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import type { DB } from '../../src/lib/server/db/connection';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

type Section = (exported: AccountExport) => unknown;

const COVERED: Record<string, Section> = {
	'users.email': (e) => e.account.email,
	'sessions.user_id': (e) => e.sessions,
	'memberships.user_id': (e) => e.memberships,
	'one_time_tokens.user_id': (e) => e.pendingLinks,
	'recovery_codes.user_id': (e) => e.account.unusedRecoveryCodes,
	'auth_events.user_id': (e) => e.authEvents,
	'audit_log.actor_id': (e) => e.profileChanges,
	'notifications.user_id': (e) => e.notifications,
	'calendar_feed_tokens.user_id': (e) => e.subscriptions.calendarFeed,
	'proposal_followers.user_id': (e) => e.subscriptions.followedProposals,
	'proposals.created_by': (e) => e.contributions.proposals,
	'proposal_offers.offered_by': (e) => e.contributions.proposalOffers,
	'proposal_comments.author_id': (e) => e.contributions.proposalComments,
	'working_group_members.requested_by': (e) => e.contributions.groupJoinRequests,
	'working_groups.lead_user_id': (e) => e.contributions.groupsLed,
	'working_group_meetings.created_by': (e) => e.contributions.meetings,
	'working_group_attachments.uploaded_by': (e) => e.contributions.meetingFiles,
	'working_group_announcements.author_id': (e) => e.contributions.announcements,
	'working_group_replies.author_id': (e) => e.contributions.announcementReplies,
	'news_items.author_id': (e) => e.contributions.news,
	'page_revisions.author_id': (e) => e.contributions.pageRevisions,
	'page_translations.updated_by': (e) => e.contributions.pageTranslations,
	'guide_revisions.author_id': (e) => e.contributions.guideRevisions,
	'guide_translations.updated_by': (e) => e.contributions.guideTranslations,
	'partner_import_jobs.created_by': (e) => e.contributions.partnerImports,
	'proposal_matches.suggested_by': (e) => e.contributions.introductions,
	'proposal_matches.introduced_by': (e) => e.contributions.introductions,
	'security_reports.uploaded_by': (e) => e.contributions.securityReports,
	'sign_language_videos.uploaded_by': (e) => e.contributions.signLanguageVideo,
	'service_area_revisions.created_by': (e) => e.contributions.streetListChanges,
	'contact_messages.email': (e) => e.messagesSent.contactMessages,
	'partner_applications.email': (e) => e.messagesSent.partnerApplications,
	'entry_claims.claimant_email': (e) => e.messagesSent.entryClaims,
	'partner_applications.decided_by': decisions('partner_applications'),
	'entry_claims.decided_by': decisions('entry_claims'),
	'proposal_offers.decided_by': decisions('proposal_offers'),
	'working_group_members.decided_by': decisions('working_group_members'),
	'proposal_comments.hidden_by': decisions('proposal_comments'),
	'contact_messages.handled_by': decisions('contact_messages')
};

const NOT_EXPORTED: Record<string, string> = {
	'organizations.email': 'the public address of an organization, part of its entry and not of any account',
	'contacts.email': 'a contact person published in an entry by the organization, not linked to an account'
};

function decisions(kind: string): Section {
	return (e) => e.decisions.filter((d) => d.kind === kind);
}

describe('the data export covers every kind of personal record', () => {
	const t = useTestDatabase();
	let exported: AccountExport;
	let json: string;

	beforeAll(async () => {
		const own = await seedPerson(t.db, 'eigen', 'erika@schule.example', true);
		await seedPerson(t.db, 'fremd', 'max@revier.example', false);
		exported = await exportAccountData(t.db, own);
		json = JSON.stringify(exported);
	});

	it('knows for every column that points at a person whether it is exported, or why not', async () => {
		const tables = await sql<{ name: string }>`
			select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`
			.execute(t.db)
			.then((r) => r.rows.map((row) => row.name));
		const personal: string[] = [];
		for (const table of tables) {
			const keys = await sql<{
				table: string;
				from: string;
			}>`select * from pragma_foreign_key_list(${table})`.execute(t.db);
			for (const key of keys.rows) if (key.table === 'users') personal.push(`${table}.${key.from}`);
			const columns = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(t.db);
			for (const column of columns.rows)
				if (column.name.includes('email')) personal.push(`${table}.${column.name}`);
		}
		expect(personal.sort()).toEqual([...Object.keys(COVERED), ...Object.keys(NOT_EXPORTED)].sort());
	});

	it.each(Object.entries(COVERED))('contains the person’s own row of %s', (_column, section) => {
		const value = section(exported);
		expect(value ?? null).not.toBeNull();
		if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
		if (typeof value === 'number') expect(value).toBeGreaterThan(0);
	});

	it('contains what the person wrote, word for word', () => {
		for (const text of [
			'eigen proposal',
			'eigen offer',
			'eigen comment',
			'eigen join request',
			'eigen group',
			'eigen meeting agenda',
			'eigen-minutes.pdf',
			'eigen announcement',
			'eigen reply',
			'eigen news body',
			'eigen page body',
			'eigen translation',
			'eigen guide steps',
			'eigen guide translation',
			'eigen-partnerliste.csv',
			'eigen introduction',
			'eigen report',
			'eigen transcript',
			'eigen area',
			'eigen contact message',
			'eigen application',
			'eigen claimant',
			'eigen notification'
		])
			expect(json).toContain(text);
	});

	it('contains no row of another person, and not what others wrote in requests the person decided on', () => {
		expect(json).not.toMatch(/fremd|max@revier/i);
		expect(json).not.toContain('request of someone else');
	});

	it('says that a calendar feed exists and since when, without its secret', () => {
		expect(exported.subscriptions.calendarFeed).toEqual({ createdAt: expect.any(String) });
		expect(json).not.toMatch(/hash|secret|token/i);
	});
});

/** One row of every kind for a new person; `tag` marks every text they wrote. */
/** A page or guide row of its own; its texts live in the revisions and translations. */
async function insertSlug(db: DB, table: 'pages' | 'guides', slug: string): Promise<number> {
	return (await db.insertInto(table).values({ slug }).returning('id').executeTakeFirstOrThrow()).id;
}

async function seedPerson(db: DB, tag: string, email: string, withVideo: boolean): Promise<number> {
	const userId = await createUser(db, { email, name: `${tag} person`, role: 'coordinator' });
	const orgId = await createPartner(db, makePartnerInput({ name: `${tag} org`, slug: `${tag}-org` }));
	const otherOrgId = await createPartner(db, makePartnerInput({ name: `${tag} partner`, slug: `${tag}-partner` }));
	const someone = `request of someone else (${tag})`;
	await addMembership(db, userId, orgId, 'admin');
	await createSession(db, userId, { twoFactorVerified: false });
	await createOneTimeToken(db, userId, 'password_reset');
	await db
		.insertInto('recovery_codes')
		.values({ user_id: userId, code_hash: randomBytes(32) })
		.execute();
	await logAuthEvent(db, 'login_success', { userId, ip: '192.0.2.1' });
	await db.insertInto('audit_log').values({ organization_id: orgId, actor_id: userId, field: 'name' }).execute();
	await db
		.insertInto('notifications')
		.values({
			user_id: userId,
			delivery: 'immediate',
			subject: `${tag} notification`,
			body: 'b',
			link: 'l',
			link_label: 'l'
		})
		.execute();
	await db
		.insertInto('calendar_feed_tokens')
		.values({ user_id: userId, token_hash: randomBytes(32) })
		.execute();

	const proposalId = (
		await db
			.insertInto('proposals')
			.values({
				slug: `${tag}-proposal`,
				organization_id: orgId,
				created_by: userId,
				title: `${tag} proposal`,
				summary: 's'
			})
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
	await db.insertInto('proposal_followers').values({ proposal_id: proposalId, user_id: userId }).execute();
	for (const row of [
		{ proposal_id: proposalId, organization_id: orgId, offered_by: userId, message: `${tag} offer` },
		{
			proposal_id: proposalId,
			organization_id: otherOrgId,
			message: someone,
			decided_by: userId,
			status: 'accepted'
		}
	] as const)
		await db.insertInto('proposal_offers').values(row).execute();
	for (const row of [
		{ proposal_id: proposalId, author_id: userId, body: `${tag} comment` },
		{ proposal_id: proposalId, body: someone, hidden_by: userId, hidden_at: '2026-12-01T10:00:00Z' }
	] as const)
		await db.insertInto('proposal_comments').values(row).execute();
	for (const row of [
		{
			proposal_id: proposalId,
			organization_id: orgId,
			score: 1,
			suggested_by: userId,
			note: `${tag} introduction`
		},
		{
			proposal_id: proposalId,
			organization_id: otherOrgId,
			score: 1,
			introduced_by: userId,
			note: `${tag} introduction 2`
		}
	] as const)
		await db.insertInto('proposal_matches').values(row).execute();

	const groupId = (
		await db
			.insertInto('working_groups')
			.values({ slug: `${tag}-group`, name: `${tag} group`, lead_user_id: userId })
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
	for (const row of [
		{
			group_id: groupId,
			organization_id: orgId,
			status: 'requested',
			requested_by: userId,
			message: `${tag} join request`
		},
		{ group_id: groupId, organization_id: otherOrgId, status: 'member', message: someone, decided_by: userId }
	] as const)
		await db.insertInto('working_group_members').values(row).execute();
	const meetingId = (
		await db
			.insertInto('working_group_meetings')
			.values({
				group_id: groupId,
				title: `${tag} meeting`,
				starts_at: '2026-12-10T09:00:00Z',
				ends_at: '2026-12-10T10:00:00Z',
				agenda: `${tag} meeting agenda`,
				created_by: userId
			})
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
	await db
		.insertInto('working_group_attachments')
		.values({
			meeting_id: meetingId,
			file_name: `${tag}-minutes.pdf`,
			content_type: 'application/pdf',
			size: 3,
			data: new Uint8Array(3),
			uploaded_by: userId
		})
		.execute();
	const announcementId = (
		await db
			.insertInto('working_group_announcements')
			.values({
				group_id: groupId,
				author_id: userId,
				title: `${tag} announcement`,
				body: 'b'
			})
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
	await db
		.insertInto('working_group_replies')
		.values({ announcement_id: announcementId, author_id: userId, body: `${tag} reply` })
		.execute();

	await db
		.insertInto('news_items')
		.values({
			kind: 'press_release',
			slug: `${tag}-news`,
			title: 't',
			teaser: 't',
			body: `${tag} news body`,
			author_id: userId
		})
		.execute();
	const pageId = await insertSlug(db, 'pages', `${tag}-page`);
	await db
		.insertInto('page_revisions')
		.values({ page_id: pageId, title: 't', body: `${tag} page body`, author_id: userId })
		.execute();
	await db
		.insertInto('page_translations')
		.values({ page_id: pageId, locale: 'en', title: 't', body: `${tag} translation`, updated_by: userId })
		.execute();
	const guideId = await insertSlug(db, 'guides', `${tag}-guide`);
	const guideTexts = { title: 't', summary: 's', emergency: 'e', keywords: 'k' };
	await db
		.insertInto('guide_revisions')
		.values({ guide_id: guideId, ...guideTexts, first_steps: `${tag} guide steps`, author_id: userId })
		.execute();
	await db
		.insertInto('guide_translations')
		.values({
			guide_id: guideId,
			locale: 'pl',
			...guideTexts,
			first_steps: `${tag} guide translation`,
			updated_by: userId
		})
		.execute();
	await db
		.insertInto('partner_import_jobs')
		.values({ created_by: userId, file_name: `${tag}-partnerliste.csv`, content: new Uint8Array(1) })
		.execute();
	await db
		.insertInto('security_reports')
		.values({
			title: `${tag} report`,
			year: 2026,
			file_name: 'r.pdf',
			content_type: 'application/pdf',
			size: 1,
			data: new Uint8Array(1),
			uploaded_by: userId
		})
		.execute();
	if (withVideo)
		await db
			.insertInto('sign_language_videos')
			.values({ id: 1, content_type: 'video/mp4', size: 1, transcript: `${tag} transcript`, uploaded_by: userId })
			.execute();
	const areaId = (
		await db
			.insertInto('service_areas')
			.values({ organization_id: orgId, kind: 'sonstige', name: `${tag} area` })
			.returning('id')
			.executeTakeFirstOrThrow()
	).id;
	await db
		.insertInto('service_area_revisions')
		.values({ service_area_id: areaId, reason: 'edited', streets: '[]', street_count: 0, created_by: userId })
		.execute();

	for (const row of [
		{
			reference: `${tag}-1`,
			topic: 'allgemein',
			message: `${tag} contact message`,
			email: email.toUpperCase(),
			locale: 'de'
		},
		{
			reference: `${tag}-2`,
			topic: 'allgemein',
			message: someone,
			locale: 'de',
			handled_by: userId,
			status: 'handled'
		}
	] as const)
		await db.insertInto('contact_messages').values(row).execute();
	for (const row of [
		{ organization_name: 'o', contact_name: 'c', email, message: `${tag} application` },
		{ organization_name: 'o', contact_name: 'c', email: 'x@y.example', message: someone, decided_by: userId }
	] as const)
		await db.insertInto('partner_applications').values(row).execute();
	for (const row of [
		{
			organization_id: orgId,
			token_hash: randomBytes(32),
			claimant_name: `${tag} claimant`,
			claimant_email: email,
			expires_at: 'x'
		},
		{
			organization_id: orgId,
			token_hash: randomBytes(32),
			claimant_name: someone,
			decided_by: userId,
			expires_at: 'x'
		}
	] as const)
		await db.insertInto('entry_claims').values(row).execute();
	return userId;
}
