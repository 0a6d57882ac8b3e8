import type { Kysely } from 'kysely';
import type { DirectoryQuery, DirectoryResult } from '../src/lib/directory/types';
import type { Database } from '../src/lib/server/db/schema';
import { listTerms } from '../src/lib/server/partners/queries';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import type { SearchConnection } from './connection';
import { withKnownCodes, withLiteralHits, type TaxonomyLabels } from './directory-result';
import { searchGuides } from './guide-search';
import { localizeHits } from './localized-hits';
import { searchPartnersInDatabase } from './partner-fallback';
import { searchPartnersInMeili } from './partner-search';
import { cachedVocabulary } from './vocabulary/cache';
import { understandQuery, type UnderstoodQuery } from './vocabulary/understand';
import { searchWithFallback } from './with-fallback';

// Terms change only with migrations, the seed or an editor's rare correction: a minute's delay is fine.
const TAXONOMY_TTL_MS = 60_000;
const cachedLabels = new WeakMap<Kysely<Database>, { expires: number; labels: Promise<TaxonomyLabels> }>();

/**
 * The directory page for a query: from Meilisearch, or from SQLite (degraded: true) while
 * Meilisearch does not answer or has lost its index. Unknown facet values are dropped; other
 * errors propagate. The search text is read by the query understanding (vocabulary/) first; hits
 * come with the partners' own translations into `locale` where there are.
 */
export async function searchDirectory(
	{ db, search }: { db: Kysely<Database>; search: SearchConnection },
	query: DirectoryQuery,
	locale = 'de'
): Promise<DirectoryResult> {
	const [terms, vocabulary] = await Promise.all([taxonomyLabels(db), cachedVocabulary(db)]);
	const known = withKnownCodes(query, terms);
	const understood = understandQuery(known.q, vocabulary);
	const [result, guides] = await Promise.all([
		searchWithFallback(
			search,
			PARTNERS_INDEX,
			async (client) => {
				const literalSearch = understood.compounds !== null && known.seite === 1;
				const [reading, literal] = await Promise.all([
					searchPartnersInMeili(client, known, terms, understood.text),
					literalSearch ? searchPartnersInMeili(client, known, terms, understood.compounds!) : null
				]);
				return literal ? withLiteralHits(reading, literal) : reading;
			},
			() => searchPartnersInDatabase(db, known, terms)
		),
		matchingGuides(db, search, known, understood, locale)
	]);
	return { ...(await localizeHits(db, result, locale)), danger: understood.danger, guides };
}

/**
 * Up to two guides for a search that names a situation the vocabulary knows, or for the topic page
 * when one topic is chosen alone. A name, a place or an organization's kind needs none, nor the
 * cost of a second search.
 */
async function matchingGuides(
	db: Kysely<Database>,
	search: SearchConnection,
	query: DirectoryQuery,
	{ text, concepts }: UnderstoodQuery,
	locale: string
): Promise<DirectoryResult['guides']> {
	const topic = query.q === '' && query.thema.length === 1 ? query.thema[0] : undefined;
	if (!topic && (query.q === '' || concepts.length === 0)) return [];
	const { hits } = await searchGuides(db, search, { q: topic ? '' : text, topic, locale, limit: 2 });
	return hits.map(({ slug, title, summary }) => ({ slug, title, summary }));
}

/** Every term of the directory's taxonomies by URL parameter, cached briefly per database. */
export async function taxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const cached = cachedLabels.get(db);
	if (cached && cached.expires > Date.now()) return cached.labels;
	const labels = loadTaxonomyLabels(db);
	cachedLabels.set(db, { expires: Date.now() + TAXONOMY_TTL_MS, labels });
	try {
		return await labels;
	} catch (error) {
		cachedLabels.delete(db);
		throw error;
	}
}

async function loadTaxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const [kategorie, thema, zielgruppe, ortsteil, sprache] = await Promise.all([
		listTerms(db, 'category'),
		listTerms(db, 'topic'),
		listTerms(db, 'target_group'),
		listTerms(db, 'ortsteil'),
		listTerms(db, 'language')
	]);
	return { kategorie, thema, zielgruppe, ortsteil, sprache };
}
