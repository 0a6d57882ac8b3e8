import { sql, type Kysely } from 'kysely';
import { PAGE_SLUGS } from '../src/lib/pages/slugs';
import { parseDirectoryQuery } from '../src/lib/directory/query';
import { parseProposalQuery } from '../src/lib/proposals/query';
import type { Database } from '../src/lib/server/db/schema';
import type { GuideLocale } from '../src/lib/server/guides/types';
import { getSearchablePages } from '../src/lib/server/pages/searchable';
import type { TaxonomyLabels } from './directory-result';
import { searchGuidesInDatabase } from './guide-search';
import { searchPartnersInDatabase } from './partner-fallback';
import type { PortalGroup, PortalSearchResult } from './portal-types';
import { searchProposalsInDatabase } from './proposal-search';
import { foldedWords } from './vocabulary/fold';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';

const STOP_WORDS = new Set(ALL_STOP_WORDS.flatMap(foldedWords));

interface FallbackQuery {
	q: string;
	locale: string;
	terms: TaxonomyLabels;
	limitOf: (group: PortalGroup) => number;
}

/**
 * The portal-wide search while Meilisearch does not answer: each group from SQLite with the same
 * visibility rules (published partners, guides and news, public proposals), the text matched as
 * substrings of every meaningful word.
 */
export async function searchPortalInDatabase(
	db: Kysely<Database>,
	{ q, locale, terms, limitOf }: FallbackQuery
): Promise<Omit<PortalSearchResult, 'danger'>> {
	const words = foldedWords(q).filter((word) => !STOP_WORDS.has(word));
	// SQLite compares the stored text as written; only ASCII letters are lower-cased on both sides.
	const typed = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
		(word) => !STOP_WORDS.has(foldedWords(word)[0])
	);
	const [contacts, guides, news, proposals, pages] = await Promise.all([
		searchPartnersInDatabase(db, parseDirectoryQuery(new URLSearchParams({ q })), terms),
		searchGuidesInDatabase(db, { q, locale, limit: limitOf('ratgeber') }),
		searchNewsInDatabase(db, typed),
		searchProposalsInDatabase(db, parseProposalQuery(new URLSearchParams({ q })), 'public'),
		searchPagesInDatabase(db, words, locale)
	]);
	return {
		q,
		degraded: true,
		groups: {
			kontakte: { hits: contacts.hits.slice(0, limitOf('kontakte')), total: contacts.total },
			ratgeber: { hits: guides.hits, total: guides.total },
			aktuelles: { hits: news.slice(0, limitOf('aktuelles')), total: news.length },
			projekte: {
				hits: proposals.hits
					.slice(0, limitOf('projekte'))
					.map(({ slug, title, summary }) => ({ slug, title, summary })),
				total: proposals.total
			},
			seiten: { hits: pages.slice(0, limitOf('seiten')), total: pages.length }
		}
	};
}

async function searchNewsInDatabase(db: Kysely<Database>, words: string[]) {
	if (words.length === 0) return [];
	const text = sql`lower(title || ' ' || teaser || ' ' || body)`;
	return db
		.selectFrom('news_items')
		.select(['slug', 'kind', 'title', 'teaser', 'starts_at as startsAt'])
		.where('status', '=', 'published')
		.where((eb) => eb.and(words.map((word) => sql<boolean>`instr(${text}, ${word}) > 0`)))
		.orderBy('published_at', 'desc')
		.limit(100)
		.execute();
}

async function searchPagesInDatabase(db: Kysely<Database>, words: string[], locale: string) {
	if (words.length === 0) return [];
	const pages = await getSearchablePages(
		db,
		PAGE_SLUGS.map((_, i) => i + 1)
	);
	return pages
		.map((page) => {
			const shown = (locale !== 'de' && page.translations[locale as Exclude<GuideLocale, 'de'>]) || page;
			const text = foldedWords(`${shown.title} ${shown.body} ${page.title} ${page.body}`).join(' ');
			return { slug: page.slug, title: shown.title, matches: words.every((word) => text.includes(word)) };
		})
		.filter((page) => page.matches)
		.map(({ slug, title }) => ({ slug, title }));
}
