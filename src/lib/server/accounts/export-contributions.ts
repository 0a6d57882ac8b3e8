import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * What one person wrote in the portal, for their data export: proposals and offers, comments,
 * working-group meetings, files, announcements and replies, news, page texts and introductions.
 * Explicit columns, every query scoped by the person's id.
 */
export async function exportContributions(db: Kysely<Database>, userId: number) {
	const [proposals, offers, comments, joinRequests, groupsLed, meetings, files, announcements, replies] =
		await Promise.all([
			db
				.selectFrom('proposals')
				.select(['slug', 'title', 'summary', 'description', 'looking_for', 'timeframe', 'status', 'visibility'])
				.select(['created_at', 'updated_at'])
				.where('created_by', '=', userId)
				.orderBy('id')
				.execute(),
			db
				.selectFrom('proposal_offers')
				.innerJoin('proposals', 'proposals.id', 'proposal_offers.proposal_id')
				.innerJoin('organizations', 'organizations.id', 'proposal_offers.organization_id')
				.select(['proposals.title as proposal', 'organizations.name as organization'])
				.select(['proposal_offers.message', 'proposal_offers.status', 'proposal_offers.created_at'])
				.where('proposal_offers.offered_by', '=', userId)
				.orderBy('proposal_offers.id')
				.execute(),
			db
				.selectFrom('proposal_comments')
				.innerJoin('proposals', 'proposals.id', 'proposal_comments.proposal_id')
				.select(['proposals.title as proposal', 'proposal_comments.body', 'proposal_comments.hidden_at'])
				.select('proposal_comments.created_at')
				.where('proposal_comments.author_id', '=', userId)
				.orderBy('proposal_comments.id')
				.execute(),
			db
				.selectFrom('working_group_members')
				.innerJoin('working_groups', 'working_groups.id', 'working_group_members.group_id')
				.innerJoin('organizations', 'organizations.id', 'working_group_members.organization_id')
				.select(['working_groups.name as group', 'organizations.name as organization'])
				.select([
					'working_group_members.message',
					'working_group_members.status',
					'working_group_members.created_at'
				])
				.where('working_group_members.requested_by', '=', userId)
				.orderBy('working_group_members.id')
				.execute(),
			db
				.selectFrom('working_groups')
				.select(['name', 'slug'])
				.where('lead_user_id', '=', userId)
				.orderBy('name')
				.execute(),
			db
				.selectFrom('working_group_meetings')
				.innerJoin('working_groups', 'working_groups.id', 'working_group_meetings.group_id')
				.select(['working_groups.name as group', 'working_group_meetings.title'])
				.select(['working_group_meetings.starts_at', 'working_group_meetings.ends_at'])
				.select(['working_group_meetings.location', 'working_group_meetings.video_url'])
				.select(['working_group_meetings.agenda', 'working_group_meetings.minutes'])
				.select(['working_group_meetings.cancelled_at', 'working_group_meetings.created_at'])
				.where('working_group_meetings.created_by', '=', userId)
				.orderBy('working_group_meetings.id')
				.execute(),
			db
				.selectFrom('working_group_attachments')
				.innerJoin(
					'working_group_meetings',
					'working_group_meetings.id',
					'working_group_attachments.meeting_id'
				)
				.select(['working_group_meetings.title as meeting', 'working_group_attachments.file_name'])
				.select(['working_group_attachments.size', 'working_group_attachments.created_at'])
				.where('working_group_attachments.uploaded_by', '=', userId)
				.orderBy('working_group_attachments.id')
				.execute(),
			db
				.selectFrom('working_group_announcements')
				.innerJoin('working_groups', 'working_groups.id', 'working_group_announcements.group_id')
				.select(['working_groups.name as group', 'working_group_announcements.title'])
				.select(['working_group_announcements.body', 'working_group_announcements.created_at'])
				.where('working_group_announcements.author_id', '=', userId)
				.orderBy('working_group_announcements.id')
				.execute(),
			db
				.selectFrom('working_group_replies')
				.innerJoin(
					'working_group_announcements',
					'working_group_announcements.id',
					'working_group_replies.announcement_id'
				)
				.select(['working_group_announcements.title as announcement', 'working_group_replies.body'])
				.select('working_group_replies.created_at')
				.where('working_group_replies.author_id', '=', userId)
				.orderBy('working_group_replies.id')
				.execute()
		]);
	return {
		proposals: proposals.map((p) => ({
			slug: p.slug,
			title: p.title,
			summary: p.summary,
			description: p.description,
			lookingFor: p.looking_for,
			timeframe: p.timeframe,
			status: p.status,
			visibility: p.visibility,
			createdAt: p.created_at,
			updatedAt: p.updated_at
		})),
		proposalOffers: offers.map((o) => ({
			...pick(o, 'proposal', 'organization', 'message', 'status'),
			at: o.created_at
		})),
		proposalComments: comments.map((c) => ({
			proposal: c.proposal,
			body: c.body,
			hiddenAt: c.hidden_at,
			at: c.created_at
		})),
		groupJoinRequests: joinRequests.map((r) => ({
			...pick(r, 'group', 'organization', 'message', 'status'),
			at: r.created_at
		})),
		groupsLed,
		meetings: meetings.map((m) => ({
			group: m.group,
			title: m.title,
			startsAt: m.starts_at,
			endsAt: m.ends_at,
			location: m.location,
			videoUrl: m.video_url,
			agenda: m.agenda,
			minutes: m.minutes,
			cancelledAt: m.cancelled_at,
			createdAt: m.created_at
		})),
		meetingFiles: files.map((f) => ({ meeting: f.meeting, fileName: f.file_name, size: f.size, at: f.created_at })),
		announcements: announcements.map((a) => ({ ...pick(a, 'group', 'title', 'body'), at: a.created_at })),
		announcementReplies: replies.map((r) => ({ announcement: r.announcement, body: r.body, at: r.created_at })),
		...(await exportPublications(db, userId))
	};
}

/** News, page texts, files for the public and introductions the person wrote, mostly as coordinator. */
async function exportPublications(db: Kysely<Database>, userId: number) {
	const [news, revisions, translations, introductions, reports, video, areaRevisions, guideTexts, imports] =
		await Promise.all([
			db
				.selectFrom('news_items')
				.select(['kind', 'slug', 'title', 'teaser', 'body', 'status', 'starts_at', 'place_name', 'created_at'])
				.where('author_id', '=', userId)
				.orderBy('id')
				.execute(),
			db
				.selectFrom('page_revisions')
				.innerJoin('pages', 'pages.id', 'page_revisions.page_id')
				.select([
					'pages.slug as page',
					'page_revisions.title',
					'page_revisions.body',
					'page_revisions.created_at'
				])
				.where('page_revisions.author_id', '=', userId)
				.orderBy('page_revisions.id')
				.execute(),
			db
				.selectFrom('page_translations')
				.innerJoin('pages', 'pages.id', 'page_translations.page_id')
				.select(['pages.slug as page', 'page_translations.locale', 'page_translations.title'])
				.select(['page_translations.body', 'page_translations.updated_at'])
				.where('page_translations.updated_by', '=', userId)
				.orderBy('pages.slug')
				.execute(),
			db
				.selectFrom('proposal_matches')
				.innerJoin('proposals', 'proposals.id', 'proposal_matches.proposal_id')
				.innerJoin('organizations', 'organizations.id', 'proposal_matches.organization_id')
				.select(['proposals.title as proposal', 'organizations.name as organization'])
				.select(['proposal_matches.status', 'proposal_matches.note', 'proposal_matches.decline_reason'])
				.select([
					'proposal_matches.suggested_by',
					'proposal_matches.introduced_at',
					'proposal_matches.created_at'
				])
				.where((eb) =>
					eb.or([
						eb('proposal_matches.suggested_by', '=', userId),
						eb('proposal_matches.introduced_by', '=', userId)
					])
				)
				.orderBy('proposal_matches.id')
				.execute(),
			db
				.selectFrom('security_reports')
				.select(['title', 'year', 'file_name', 'size', 'created_at'])
				.where('uploaded_by', '=', userId)
				.orderBy('id')
				.execute(),
			db
				.selectFrom('sign_language_videos')
				.select(['size', 'transcript', 'updated_at'])
				.where('uploaded_by', '=', userId)
				.executeTakeFirst(),
			db
				.selectFrom('service_area_revisions')
				.innerJoin('service_areas', 'service_areas.id', 'service_area_revisions.service_area_id')
				.select([
					'service_areas.name as area',
					'service_area_revisions.reason',
					'service_area_revisions.street_count'
				])
				.select('service_area_revisions.created_at')
				.where('service_area_revisions.created_by', '=', userId)
				.orderBy('service_area_revisions.id')
				.execute(),
			exportGuideTexts(db, userId),
			db
				.selectFrom('partner_import_jobs')
				.select(['file_name', 'status', 'created', 'updated', 'created_at'])
				.where('created_by', '=', userId)
				.orderBy('id')
				.execute()
		]);
	return {
		news: news.map((n) => ({
			...pick(n, 'kind', 'slug', 'title', 'teaser', 'body', 'status'),
			startsAt: n.starts_at,
			place: n.place_name,
			createdAt: n.created_at
		})),
		pageRevisions: revisions.map((r) => ({ ...pick(r, 'page', 'title', 'body'), at: r.created_at })),
		pageTranslations: translations.map((t) => ({
			...pick(t, 'page', 'locale', 'title', 'body'),
			at: t.updated_at
		})),
		introductions: introductions.map((m) => ({
			...pick(m, 'proposal', 'organization', 'status', 'note'),
			declineReason: m.decline_reason,
			suggestedByYou: m.suggested_by === userId,
			introducedAt: m.introduced_at,
			at: m.created_at
		})),
		securityReports: reports.map((r) => ({
			...pick(r, 'title', 'year', 'size'),
			fileName: r.file_name,
			at: r.created_at
		})),
		signLanguageVideo: video ? { size: video.size, transcript: video.transcript, at: video.updated_at } : null,
		streetListChanges: areaRevisions.map((r) => ({
			area: r.area,
			reason: r.reason,
			streetsBefore: r.street_count,
			at: r.created_at
		})),
		...guideTexts,
		partnerImports: imports.map((i) => ({
			fileName: i.file_name,
			status: i.status,
			partnersCreated: i.created,
			partnersUpdated: i.updated,
			at: i.created_at
		}))
	};
}

/** The guides' German versions and translations the person saved. */
async function exportGuideTexts(db: Kysely<Database>, userId: number) {
	const [revisions, translations] = await Promise.all([
		db
			.selectFrom('guide_revisions')
			.innerJoin('guides', 'guides.id', 'guide_revisions.guide_id')
			.select(['guides.slug as guide', 'guide_revisions.title', 'guide_revisions.summary'])
			.select(['guide_revisions.first_steps', 'guide_revisions.emergency', 'guide_revisions.created_at'])
			.where('guide_revisions.author_id', '=', userId)
			.orderBy('guide_revisions.id')
			.execute(),
		db
			.selectFrom('guide_translations')
			.innerJoin('guides', 'guides.id', 'guide_translations.guide_id')
			.select(['guides.slug as guide', 'guide_translations.locale', 'guide_translations.title'])
			.select(['guide_translations.summary', 'guide_translations.first_steps', 'guide_translations.emergency'])
			.select('guide_translations.updated_at')
			.where('guide_translations.updated_by', '=', userId)
			.orderBy('guides.slug')
			.execute()
	]);
	const texts = (t: (typeof revisions)[number] | (typeof translations)[number]) => ({
		guide: t.guide,
		title: t.title,
		summary: t.summary,
		firstSteps: t.first_steps,
		emergency: t.emergency
	});
	return {
		guideRevisions: revisions.map((r) => ({ ...texts(r), at: r.created_at })),
		guideTranslations: translations.map((t) => ({ ...texts(t), locale: t.locale, at: t.updated_at }))
	};
}

function pick<T, K extends keyof T>(row: T, ...keys: K[]): Pick<T, K> {
	return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}

export type ExportedContributions = Awaited<ReturnType<typeof exportContributions>>;
