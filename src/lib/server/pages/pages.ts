import type { Kysely } from 'kysely';
import type { PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import { enqueueSearchDocument } from '../db/search-outbox';
import { writeTransaction } from '../db/transaction';
import { PAGE_TEMPLATES } from './catalog';
import { PAGES_INDEX, pageDocumentId } from './search-id';

export interface PageContent {
	slug: PageSlug;
	title: string;
	/** Markdown. */
	body: string;
	/** Null while the page still shows its template. */
	updatedAt: string | null;
	revisionId: number | null;
}

export interface PageRevision {
	id: number;
	title: string;
	body: string;
	authorName: string | null;
	restoredFrom: number | null;
	createdAt: string;
}

export class RevisionNotFoundError extends Error {
	constructor(readonly revisionId: number) {
		super(`Revision ${revisionId} does not belong to the page`);
	}
}

/** The page as citizens see it: its newest revision, or its template when it was never saved. */
export async function getPage(db: Kysely<Database>, slug: PageSlug): Promise<PageContent> {
	const row = await db
		.selectFrom('page_revisions as r')
		.innerJoin('pages as p', 'p.id', 'r.page_id')
		.select(['r.id', 'r.title', 'r.body', 'r.created_at'])
		.where('p.slug', '=', slug)
		.orderBy('r.id', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!row) return { slug, ...PAGE_TEMPLATES[slug], updatedAt: null, revisionId: null };
	return { slug, title: row.title, body: row.body, updatedAt: row.created_at, revisionId: row.id };
}

/** Saves a new revision; the first save of a page keeps its template as the oldest revision. */
export async function savePage(
	db: Kysely<Database>,
	slug: PageSlug,
	content: { title: string; body: string },
	authorId: number,
	restoredFrom: number | null = null
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const pageId = await ensurePage(trx, slug);
		const { id } = await trx
			.insertInto('page_revisions')
			.values({
				page_id: pageId,
				title: content.title,
				body: content.body,
				author_id: authorId,
				restored_from: restoredFrom
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await enqueueSearchDocument(trx, PAGES_INDEX, pageDocumentId(slug));
		return id;
	});
}

/** Brings back the content of an older revision as a new revision; the history itself never changes. */
export async function restoreRevision(
	db: Kysely<Database>,
	slug: PageSlug,
	revisionId: number,
	authorId: number
): Promise<number> {
	const revision = await getRevision(db, slug, revisionId);
	if (!revision) throw new RevisionNotFoundError(revisionId);
	return savePage(db, slug, { title: revision.title, body: revision.body }, authorId, revision.id);
}

export type RevisionSummary = Omit<PageRevision, 'body'>;

/** One page of the revision history, newest first, and how many revisions there are. */
export async function listRevisions(
	db: Kysely<Database>,
	slug: PageSlug,
	{ limit, offset }: { limit: number; offset: number }
): Promise<{ revisions: RevisionSummary[]; total: number }> {
	const [rows, count] = await Promise.all([
		revisionQuery(db, slug).orderBy('r.id', 'desc').limit(limit).offset(offset).execute(),
		db
			.selectFrom('page_revisions as r')
			.innerJoin('pages as p', 'p.id', 'r.page_id')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('p.slug', '=', slug)
			.executeTakeFirstOrThrow()
	]);
	return { revisions: rows, total: Number(count.n) };
}

/** One revision, only if it belongs to this page. */
export async function getRevision(
	db: Kysely<Database>,
	slug: PageSlug,
	revisionId: number
): Promise<PageRevision | null> {
	const row = await revisionQuery(db, slug).select('r.body').where('r.id', '=', revisionId).executeTakeFirst();
	return row ?? null;
}

/** The revision saved just before the given one, to compare against. */
export async function getPreviousRevision(
	db: Kysely<Database>,
	slug: PageSlug,
	revisionId: number
): Promise<PageRevision | null> {
	const row = await revisionQuery(db, slug)
		.select('r.body')
		.where('r.id', '<', revisionId)
		.orderBy('r.id', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ?? null;
}

function revisionQuery(db: Kysely<Database>, slug: PageSlug) {
	return db
		.selectFrom('page_revisions as r')
		.innerJoin('pages as p', 'p.id', 'r.page_id')
		.leftJoin('users as u', 'u.id', 'r.author_id')
		.select([
			'r.id',
			'r.title',
			'r.restored_from as restoredFrom',
			'r.created_at as createdAt',
			'u.name as authorName'
		])
		.where('p.slug', '=', slug);
}

/** The page's row, created with its template as the oldest revision on first use. */
export async function ensurePage(trx: Kysely<Database>, slug: PageSlug): Promise<number> {
	const existing = await trx.selectFrom('pages').select('id').where('slug', '=', slug).executeTakeFirst();
	if (existing) return existing.id;
	const { id } = await trx.insertInto('pages').values({ slug }).returning('id').executeTakeFirstOrThrow();
	const template = PAGE_TEMPLATES[slug];
	await trx
		.insertInto('page_revisions')
		.values({ page_id: id, title: template.title, body: template.body, author_id: null })
		.execute();
	return id;
}
