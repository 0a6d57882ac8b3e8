import type { Kysely } from 'kysely';
import type { PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import type { TranslationLocale } from '../db/tables/pages';
import { enqueueSearchDocument } from '../db/search-outbox';
import { writeTransaction } from '../db/transaction';
import { ensurePage } from './pages';
import { PAGES_INDEX, pageDocumentId } from './search-id';

export const TRANSLATION_LOCALES: readonly TranslationLocale[] = ['en', 'pl', 'cs'];
export const TRANSLATION_LANGUAGE_NAMES: Record<TranslationLocale, string> = {
	en: 'Englisch',
	pl: 'Polnisch',
	cs: 'Tschechisch'
};

export interface PageTranslation {
	locale: TranslationLocale;
	title: string;
	body: string;
	updatedAt: string;
}

export function isTranslationLocale(value: string): value is TranslationLocale {
	return (TRANSLATION_LOCALES as readonly string[]).includes(value);
}

export async function getTranslation(
	db: Kysely<Database>,
	slug: PageSlug,
	locale: TranslationLocale
): Promise<PageTranslation | null> {
	const row = await db
		.selectFrom('page_translations as t')
		.innerJoin('pages as p', 'p.id', 't.page_id')
		.select(['t.locale', 't.title', 't.body', 't.updated_at'])
		.where('p.slug', '=', slug)
		.where('t.locale', '=', locale)
		.executeTakeFirst();
	return row ? { locale: row.locale, title: row.title, body: row.body, updatedAt: row.updated_at } : null;
}

/** The languages a page has a translation in, with the date of each. */
export async function listTranslations(
	db: Kysely<Database>,
	slug: PageSlug
): Promise<{ locale: TranslationLocale; updatedAt: string }[]> {
	const rows = await db
		.selectFrom('page_translations as t')
		.innerJoin('pages as p', 'p.id', 't.page_id')
		.select(['t.locale', 't.updated_at'])
		.where('p.slug', '=', slug)
		.execute();
	return rows.map((r) => ({ locale: r.locale, updatedAt: r.updated_at }));
}

export async function saveTranslation(
	db: Kysely<Database>,
	slug: PageSlug,
	locale: TranslationLocale,
	content: { title: string; body: string },
	authorId: number
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const pageId = await ensurePage(trx, slug);
		const row = {
			title: content.title,
			body: content.body,
			updated_by: authorId,
			updated_at: new Date().toISOString()
		};
		await trx
			.insertInto('page_translations')
			.values({ page_id: pageId, locale, ...row })
			.onConflict((oc) => oc.columns(['page_id', 'locale']).doUpdateSet(row))
			.execute();
		await enqueueSearchDocument(trx, PAGES_INDEX, pageDocumentId(slug));
	});
}

/** Removes the translation; readers of that language then see the German page again. */
export async function deleteTranslation(
	db: Kysely<Database>,
	slug: PageSlug,
	locale: TranslationLocale
): Promise<boolean> {
	return writeTransaction(db, async (trx) => {
		const page = await trx.selectFrom('pages').select('id').where('slug', '=', slug).executeTakeFirst();
		if (!page) return false;
		const result = await trx
			.deleteFrom('page_translations')
			.where('page_id', '=', page.id)
			.where('locale', '=', locale)
			.executeTakeFirst();
		await enqueueSearchDocument(trx, PAGES_INDEX, pageDocumentId(slug));
		return Number(result.numDeletedRows) > 0;
	});
}
