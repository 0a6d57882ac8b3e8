import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { GuideTexts } from '../db/tables/guides';
import type { GuideForEditing, GuideLocale, GuideRevisionSummary, GuideTextsInput, SearchableGuide } from './types';

// Every read of the guides tables. The German text of a guide is its newest revision.

const TEXT_COLUMNS = ['title', 'summary', 'first_steps', 'emergency', 'keywords'] as const;
/** A guide's own columns and when its newest revision was saved, for the list and the edit form. */
const GUIDE_COLUMNS = ['g.id', 'g.slug', 'g.about_danger', 'g.published', 'r.created_at'] as const;

export function toTextsInput(row: GuideTexts): GuideTextsInput {
	return {
		title: row.title,
		summary: row.summary,
		firstSteps: row.first_steps,
		emergency: row.emergency,
		keywords: row.keywords
	};
}

/** Every guide (`g`) with its newest revision (`r`). */
function guidesWithLatestRevision(db: Kysely<Database>) {
	return db
		.selectFrom('guide_revisions as r')
		.where('r.id', 'in', (eb) =>
			eb
				.selectFrom('guide_revisions')
				.select((e) => e.fn.max('id').as('id'))
				.groupBy('guide_id')
		)
		.innerJoin('guides as g', 'g.id', 'r.guide_id');
}

export interface GuideListEntry {
	id: number;
	slug: string;
	title: string;
	summary: string;
	aboutDanger: boolean;
	published: boolean;
	updatedAt: string;
}

/** Every guide, published or not, for the coordinator's list. */
export async function listAllGuides(db: Kysely<Database>): Promise<GuideListEntry[]> {
	return listGuides(db, false, 'de');
}

/** The published guides in the reader's language (German where there is no translation), by title. */
export async function listPublishedGuides(db: Kysely<Database>, locale: string): Promise<GuideListEntry[]> {
	return listGuides(db, true, locale);
}

async function listGuides(db: Kysely<Database>, publishedOnly: boolean, locale: string): Promise<GuideListEntry[]> {
	let query = guidesWithLatestRevision(db)
		.leftJoin('guide_translations as t', (join) =>
			join.onRef('t.guide_id', '=', 'g.id').on('t.locale', '=', locale as 'en')
		)
		.select([
			...GUIDE_COLUMNS,
			(eb) => eb.fn.coalesce('t.title', 'r.title').as('title'),
			(eb) => eb.fn.coalesce('t.summary', 'r.summary').as('summary')
		]);
	if (publishedOnly) query = query.where('g.published', '=', 1);
	const rows = await query.execute();
	return rows
		.map((row) => ({
			id: row.id,
			slug: row.slug,
			title: row.title,
			summary: row.summary,
			aboutDanger: row.about_danger === 1,
			published: row.published === 1,
			updatedAt: row.created_at
		}))
		.sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** A guide with the texts of its newest revision. */
function guideWithTexts(db: Kysely<Database>, slug: string) {
	return guidesWithLatestRevision(db)
		.select([...GUIDE_COLUMNS, ...TEXT_COLUMNS.map((c) => `r.${c}` as const)])
		.where('g.slug', '=', slug);
}

/** A published guide with its German texts, for the public page; null when unknown or not published. */
export async function getPublishedGuide(db: Kysely<Database>, slug: string) {
	return (await guideWithTexts(db, slug).where('g.published', '=', 1).executeTakeFirst()) ?? null;
}

export async function getGuideForEditing(db: Kysely<Database>, slug: string): Promise<GuideForEditing | null> {
	const row = await guideWithTexts(db, slug).executeTakeFirst();
	if (!row) return null;
	const [topics, partners, translations] = await Promise.all([
		listGuideTopics(db, [row.id]),
		listGuidePartnerRows(db, [row.id]),
		db
			.selectFrom('guide_translations')
			.select(['locale', 'updated_at'])
			.where('guide_id', '=', row.id)
			.orderBy('locale')
			.execute()
	]);
	return {
		id: row.id,
		slug: row.slug,
		...toTextsInput(row),
		aboutDanger: row.about_danger === 1,
		published: row.published === 1,
		topics: topics.map((t) => t.code),
		partners: partners.map((p) => p.slug),
		updatedAt: row.created_at,
		translations: translations.map((t) => ({ locale: t.locale, updatedAt: t.updated_at }))
	};
}

export async function getGuideTranslation(
	db: Kysely<Database>,
	guideId: number,
	locale: 'en' | 'pl' | 'cs'
): Promise<(GuideTextsInput & { updatedAt: string }) | null> {
	const row = await db
		.selectFrom('guide_translations')
		.select([...TEXT_COLUMNS, 'updated_at'])
		.where('guide_id', '=', guideId)
		.where('locale', '=', locale)
		.executeTakeFirst();
	return row ? { ...toTextsInput(row), updatedAt: row.updated_at } : null;
}

export async function listGuideTopics(db: Kysely<Database>, guideIds: number[]) {
	if (guideIds.length === 0) return [];
	return db
		.selectFrom('guide_terms as gt')
		.innerJoin('taxonomy_terms as t', 't.id', 'gt.term_id')
		.select(['gt.guide_id', 't.code', 't.label'])
		.where('gt.guide_id', 'in', guideIds)
		.orderBy('t.position')
		.execute();
}

/** The linked partners of these guides, in their order; the caller decides whether drafts may show. */
export async function listGuidePartnerRows(db: Kysely<Database>, guideIds: number[]) {
	if (guideIds.length === 0) return [];
	return db
		.selectFrom('guide_partners as gp')
		.innerJoin('organizations as o', 'o.id', 'gp.organization_id')
		.select(['gp.guide_id', 'o.id', 'o.slug', 'o.status'])
		.where('gp.guide_id', 'in', guideIds)
		.orderBy('gp.position')
		.execute();
}

/** One page of a guide's history, newest first. */
export async function listGuideRevisions(db: Kysely<Database>, guideId: number): Promise<GuideRevisionSummary[]> {
	const rows = await db
		.selectFrom('guide_revisions as r')
		.leftJoin('users as u', 'u.id', 'r.author_id')
		.select(['r.id', 'r.title', 'r.restored_from', 'r.created_at', 'u.name as author_name'])
		.where('r.guide_id', '=', guideId)
		.orderBy('r.id', 'desc')
		.limit(100)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		authorName: r.author_name,
		restoredFrom: r.restored_from,
		createdAt: r.created_at
	}));
}

/** A revision's texts, only if it belongs to the guide. */
export async function getGuideRevision(
	db: Kysely<Database>,
	guideId: number,
	revisionId: number
): Promise<GuideTextsInput | null> {
	const row = await db
		.selectFrom('guide_revisions')
		.select(TEXT_COLUMNS)
		.where('guide_id', '=', guideId)
		.where('id', '=', revisionId)
		.executeTakeFirst();
	return row ? toTextsInput(row) : null;
}

/** The guide's German text now: its newest revision. */
export async function getCurrentGuideTexts(db: Kysely<Database>, guideId: number): Promise<GuideTextsInput | null> {
	const row = await db
		.selectFrom('guide_revisions')
		.select(TEXT_COLUMNS)
		.where('guide_id', '=', guideId)
		.orderBy('id', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? toTextsInput(row) : null;
}

export async function listPublishedGuideIds(db: Kysely<Database>): Promise<number[]> {
	const rows = await db.selectFrom('guides').select('id').where('published', '=', 1).orderBy('id').execute();
	return rows.map((r) => r.id);
}

/** Published guides with their texts in every language they have, for the search index. */
export async function getSearchableGuides(db: Kysely<Database>, ids: number[]): Promise<SearchableGuide[]> {
	if (ids.length === 0) return [];
	const [rows, translations, topics] = await Promise.all([
		guidesWithLatestRevision(db)
			.select(['g.id', 'g.slug', 'g.about_danger', ...TEXT_COLUMNS.map((c) => `r.${c}` as const)])
			.where('g.id', 'in', ids)
			.where('g.published', '=', 1)
			.execute(),
		db
			.selectFrom('guide_translations')
			.select(['guide_id', 'locale', ...TEXT_COLUMNS])
			.where('guide_id', 'in', ids)
			.execute(),
		listGuideTopics(db, ids)
	]);
	return rows.map((row) => {
		const texts: SearchableGuide['texts'] = { de: toTextsInput(row) };
		for (const t of translations.filter((t) => t.guide_id === row.id))
			texts[t.locale as GuideLocale] = toTextsInput(t);
		return {
			id: row.id,
			slug: row.slug,
			aboutDanger: row.about_danger === 1,
			texts,
			topics: topics.filter((t) => t.guide_id === row.id).map(({ code, label }) => ({ code, label }))
		};
	});
}

/** Published guides linked to one topic, for the topic's page. */
export async function listGuidesOfTopic(db: Kysely<Database>, topicCode: string, locale: string) {
	const ids = await db
		.selectFrom('guide_terms as gt')
		.innerJoin('taxonomy_terms as t', 't.id', 'gt.term_id')
		.select('gt.guide_id')
		.where('t.taxonomy', '=', 'topic')
		.where('t.code', '=', topicCode)
		.execute();
	const wanted = new Set(ids.map((r) => r.guide_id));
	return (await listPublishedGuides(db, locale)).filter((g) => wanted.has(g.id));
}
