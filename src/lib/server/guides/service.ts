import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import { enqueueSearchDocument } from '../db/search-outbox';
import type { GuideTexts } from '../db/tables/guides';
import type { TranslationLocale } from '../db/tables/pages';
import { writeTransaction } from '../db/transaction';
import { getCurrentGuideTexts, getGuideRevision } from './queries';
import { GUIDES_INDEX, type GuideInput, type GuideSettingsInput, type GuideTextsInput } from './types';

// Every write to the guides tables; each one records the guide in the search outbox in its transaction.

export class GuideLinkError extends Error {
	constructor(
		readonly field: 'topics' | 'partners',
		readonly unknown: string[]
	) {
		super(`Unknown ${field}: ${unknown.join(', ')}`);
	}
}

function textColumns(texts: GuideTextsInput): GuideTexts {
	return {
		title: texts.title,
		summary: texts.summary,
		first_steps: texts.firstSteps,
		emergency: texts.emergency,
		keywords: texts.keywords
	};
}

/** A new guide; its address comes from `slugBase` (the title unless given) and never changes. */
export async function createGuide(
	db: Kysely<Database>,
	input: GuideInput,
	authorId: number | null,
	slugBase = input.title
): Promise<{ id: number; slug: string }> {
	return writeTransaction(db, async (trx) => {
		const slug = await uniqueSlug(trx, slugBase, { table: 'guides', fallback: 'was-tun' });
		const { id } = await trx.insertInto('guides').values({ slug }).returning('id').executeTakeFirstOrThrow();
		await writeGuide(trx, id, input, authorId);
		return { id, slug };
	});
}

/** A new German revision and the guide's settings; the slug stays so links keep working. */
export async function updateGuide(
	db: Kysely<Database>,
	id: number,
	input: GuideInput,
	authorId: number
): Promise<void> {
	await writeTransaction(db, (trx) => writeGuide(trx, id, input, authorId));
}

/** Brings back an older German text as a new revision; settings and links stay as they are. */
export async function restoreGuideRevision(
	db: Kysely<Database>,
	guideId: number,
	revisionId: number,
	authorId: number
): Promise<boolean> {
	const texts = await getGuideRevision(db, guideId, revisionId);
	if (!texts) return false;
	await writeTransaction(db, async (trx) => {
		await appendRevision(trx, guideId, texts, authorId, revisionId);
		await enqueueSearchDocument(trx, GUIDES_INDEX, guideId);
	});
	return true;
}

/**
 * Adds words people search for to the guide's German keywords as a new revision, so the search finds
 * the guide for them (search gaps). False when the guide does not exist; words it has already stay once.
 */
export async function addGuideKeywords(
	db: Kysely<Database>,
	guideId: number,
	words: string,
	authorId: number
): Promise<boolean> {
	return writeTransaction(db, async (trx) => {
		const texts = await getCurrentGuideTexts(trx, guideId);
		if (!texts) return false;
		const keywords = texts.keywords
			.split(',')
			.map((k) => k.trim())
			.filter(Boolean);
		if (!keywords.some((k) => k.toLowerCase() === words.toLowerCase())) {
			await appendRevision(trx, guideId, { ...texts, keywords: [...keywords, words].join(', ') }, authorId, null);
			await enqueueSearchDocument(trx, GUIDES_INDEX, guideId);
		}
		return true;
	});
}

export async function saveGuideTranslation(
	db: Kysely<Database>,
	guideId: number,
	locale: TranslationLocale,
	texts: GuideTextsInput,
	authorId: number | null
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const row = { ...textColumns(texts), updated_by: authorId, updated_at: new Date().toISOString() };
		await trx
			.insertInto('guide_translations')
			.values({ guide_id: guideId, locale, ...row })
			.onConflict((oc) => oc.columns(['guide_id', 'locale']).doUpdateSet(row))
			.execute();
		await enqueueSearchDocument(trx, GUIDES_INDEX, guideId);
	});
}

export async function deleteGuideTranslation(
	db: Kysely<Database>,
	guideId: number,
	locale: TranslationLocale
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.deleteFrom('guide_translations')
			.where('guide_id', '=', guideId)
			.where('locale', '=', locale)
			.execute();
		await enqueueSearchDocument(trx, GUIDES_INDEX, guideId);
	});
}

export async function deleteGuide(db: Kysely<Database>, guideId: number): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx.deleteFrom('guides').where('id', '=', guideId).execute();
		await enqueueSearchDocument(trx, GUIDES_INDEX, guideId);
	});
}

async function writeGuide(
	trx: Kysely<Database>,
	id: number,
	input: GuideInput,
	authorId: number | null
): Promise<void> {
	await trx
		.updateTable('guides')
		.set({ about_danger: input.aboutDanger ? 1 : 0, published: input.published ? 1 : 0 })
		.where('id', '=', id)
		.execute();
	await appendRevision(trx, id, input, authorId, null);
	await writeLinks(trx, id, input);
	await enqueueSearchDocument(trx, GUIDES_INDEX, id);
}

async function appendRevision(
	trx: Kysely<Database>,
	guideId: number,
	texts: GuideTextsInput,
	authorId: number | null,
	restoredFrom: number | null
): Promise<void> {
	await trx
		.insertInto('guide_revisions')
		.values({ guide_id: guideId, ...textColumns(texts), author_id: authorId, restored_from: restoredFrom })
		.execute();
}

async function writeLinks(trx: Kysely<Database>, guideId: number, input: GuideSettingsInput): Promise<void> {
	const terms = input.topics.length
		? await trx
				.selectFrom('taxonomy_terms')
				.select(['id', 'code'])
				.where('taxonomy', '=', 'topic')
				.where('code', 'in', input.topics)
				.execute()
		: [];
	const unknownTopics = input.topics.filter((code) => !terms.some((t) => t.code === code));
	if (unknownTopics.length) throw new GuideLinkError('topics', unknownTopics);
	const partners = input.partners.length
		? await trx.selectFrom('organizations').select(['id', 'slug']).where('slug', 'in', input.partners).execute()
		: [];
	const unknownPartners = input.partners.filter((slug) => !partners.some((p) => p.slug === slug));
	if (unknownPartners.length) throw new GuideLinkError('partners', unknownPartners);

	await trx.deleteFrom('guide_terms').where('guide_id', '=', guideId).execute();
	await trx.deleteFrom('guide_partners').where('guide_id', '=', guideId).execute();
	if (terms.length) {
		await trx
			.insertInto('guide_terms')
			.values(terms.map((t) => ({ guide_id: guideId, term_id: t.id })))
			.execute();
	}
	if (partners.length) {
		await trx
			.insertInto('guide_partners')
			.values(
				input.partners.map((slug, position) => ({
					guide_id: guideId,
					organization_id: partners.find((p) => p.slug === slug)!.id,
					position
				}))
			)
			.execute();
	}
}
