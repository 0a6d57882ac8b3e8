import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import type { NewsItemTable } from '../db/tables/news';
import { enqueueSearchDocument } from '../db/search-outbox';
import { writeTransaction } from '../db/transaction';
import { getMailer, type Mailer } from '../mail/mailer';
import { eventDeclinedMail } from './mails';
import type { NewsInput } from './news-form';
import { NEWS_INDEX } from './searchable';

// Every write to news_items. Status flow: draft ⇄ published (coordination); a partner's event is
// submitted → published (approved) or declined (with a reason), and a declined one can be resubmitted.

export class NewsStateError extends Error {
	constructor(
		readonly id: number,
		action: string
	) {
		super(`News item ${id} cannot be ${action} in its current state`);
	}
}

/** A coordination item, saved as a draft or published at once. */
export async function createNewsItem(
	db: Kysely<Database>,
	input: NewsInput,
	{ authorId, publish = false, now = new Date() }: { authorId: number; publish?: boolean; now?: Date }
): Promise<{ id: number; slug: string }> {
	return writeTransaction(db, async (trx) =>
		insertItem(
			trx,
			input,
			{
				author_id: authorId,
				status: publish ? 'published' : 'draft',
				published_at: publish ? now.toISOString() : null
			},
			now
		)
	);
}

/** A partner's event for its organization; it waits for the coordination's approval. */
export async function submitEvent(
	db: Kysely<Database>,
	input: NewsInput,
	{ authorId, organizationId, now = new Date() }: { authorId: number; organizationId: number; now?: Date }
): Promise<{ id: number; slug: string }> {
	return writeTransaction(db, async (trx) =>
		insertItem(
			trx,
			{ ...input, kind: 'event' },
			{ author_id: authorId, organization_id: organizationId, status: 'submitted' },
			now
		)
	);
}

/** The coordination changes an item; status and slug stay (the public URL must not move). */
export async function updateNewsItem(
	db: Kysely<Database>,
	id: number,
	input: NewsInput,
	now = new Date()
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const result = await trx
			.updateTable('news_items')
			.set(contentColumns(input, now))
			.where('id', '=', id)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) === 0) throw new NewsStateError(id, 'updated');
		await enqueueSearchDocument(trx, NEWS_INDEX, id);
	});
}

/**
 * A partner changes its own submission while it is not approved; a declined one is submitted again.
 * Scoped by the organization, so an id of another organization's event changes nothing.
 */
export async function updateSubmission(
	db: Kysely<Database>,
	{ id, organizationId }: { id: number; organizationId: number },
	input: NewsInput,
	now = new Date()
): Promise<void> {
	const result = await db
		.updateTable('news_items')
		.set({ ...contentColumns({ ...input, kind: 'event' }, now), status: 'submitted', decline_reason: null })
		.where('id', '=', id)
		.where('organization_id', '=', organizationId)
		.where('status', 'in', ['submitted', 'declined'])
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) throw new NewsStateError(id, 'edited by its organization');
}

/** Publishes a draft or approves a submission; the first publication date is kept on republishing. */
export async function publishNewsItem(db: Kysely<Database>, id: number, now = new Date()): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const result = await trx
			.updateTable('news_items')
			.set((eb) => ({
				status: 'published',
				decline_reason: null,
				published_at: eb.fn.coalesce('published_at', eb.val(now.toISOString())),
				updated_at: now.toISOString()
			}))
			.where('id', '=', id)
			.where('status', 'in', ['draft', 'submitted'])
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) === 0) throw new NewsStateError(id, 'published');
		await enqueueSearchDocument(trx, NEWS_INDEX, id);
	});
}

/** Takes a published item off the public pages and feeds; it becomes a draft again. */
export async function unpublishNewsItem(db: Kysely<Database>, id: number, now = new Date()): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const result = await trx
			.updateTable('news_items')
			.set({ status: 'draft', updated_at: now.toISOString() })
			.where('id', '=', id)
			.where('status', '=', 'published')
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) === 0) throw new NewsStateError(id, 'unpublished');
		await enqueueSearchDocument(trx, NEWS_INDEX, id);
	});
}

/**
 * Declines a partner's submission and mails the reason to the person who submitted it. The
 * conditional UPDATE decides first, so of two coordinators only one declines (and mails).
 */
export async function declineSubmission(
	db: Kysely<Database>,
	{ id, reason }: { id: number; reason: string },
	{ origin, mailer = getMailer(), now = new Date() }: { origin: string; mailer?: Mailer; now?: Date }
): Promise<void> {
	const row = await db
		.updateTable('news_items')
		.set({ status: 'declined', decline_reason: reason, updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('status', '=', 'submitted')
		.returning(['title', 'author_id'])
		.executeTakeFirst();
	if (!row) throw new NewsStateError(id, 'declined');
	const author = row.author_id
		? await db
				.selectFrom('users')
				.select(['email'])
				.where('id', '=', row.author_id)
				.where('disabled_at', 'is', null)
				.executeTakeFirst()
		: undefined;
	if (!author) return;
	const link = new URL(`/intern/veranstaltungen/${id}`, origin).href;
	await mailer.send({ to: author.email, ...eventDeclinedMail({ title: row.title, reason, link }) });
}

export async function deleteNewsItem(db: Kysely<Database>, id: number): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const result = await trx.deleteFrom('news_items').where('id', '=', id).executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) throw new NewsStateError(id, 'deleted');
		await enqueueSearchDocument(trx, NEWS_INDEX, id);
	});
}

type Ownership = Pick<NewsItemTable, 'author_id'> &
	Partial<Pick<NewsItemTable, 'organization_id' | 'published_at'>> & {
		status: 'draft' | 'submitted' | 'published';
	};

async function insertItem(trx: Kysely<Database>, input: NewsInput, ownership: Ownership, now: Date) {
	const slug = await uniqueSlug(trx, input.title, { table: 'news_items', fallback: 'meldung' });
	const { id } = await trx
		.insertInto('news_items')
		.values({ ...contentColumns(input, now), ...ownership, slug, created_at: now.toISOString() })
		.returning('id')
		.executeTakeFirstOrThrow();
	// Drafts and submissions are not indexed; the entry lets the sync decide from the row.
	await enqueueSearchDocument(trx, NEWS_INDEX, id);
	return { id, slug };
}

function contentColumns(input: NewsInput, now: Date) {
	const event = input.event;
	return {
		kind: input.kind,
		title: input.title,
		teaser: input.teaser,
		body: input.body,
		starts_at: event?.startsAt.toISOString() ?? null,
		ends_at: event?.endsAt.toISOString() ?? null,
		place_name: event?.placeName ?? null,
		place_address: event?.placeAddress ?? null,
		registration_info: event?.registrationInfo ?? null,
		wheelchair_accessible: event?.wheelchairAccessible ?? 'unknown',
		accessibility_note: event?.accessibilityNote ?? null,
		cancelled: event?.cancelled ? 1 : 0,
		updated_at: now.toISOString()
	} as const;
}
