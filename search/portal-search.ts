import type { Kysely } from 'kysely';
import type { MultiSearchQuery } from 'meilisearch';
import { parseDirectoryQuery } from '../src/lib/directory/query';
import { parseProposalQuery } from '../src/lib/proposals/query';
import type { Database } from '../src/lib/server/db/schema';
import { NEWS_INDEX } from '../src/lib/server/news/searchable';
import { PAGES_INDEX } from '../src/lib/server/pages/search-id';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import { buildProposalFilter } from '../src/lib/server/proposals/search-filter';
import { PROPOSALS_INDEX } from '../src/lib/server/proposals/service';
import type { SearchConnection } from './connection';
import type { NewsDocument, PageDocument } from './content-documents';
import { taxonomyLabels } from './directory';
import { guideFields, type GuideDocument } from './guide-documents';
import { guideSearchParams, toGuideHit } from './guide-search';
import { localizeDirectoryHits } from './localized-hits';
import { directoryHitOf, directoryQueries, type PartnerRow } from './partner-search';
import { searchPortalInDatabase } from './portal-fallback';
import type { Searcher } from './searcher';
import { emptyPortalResult, type PortalGroup, type PortalSearchResult } from './portal-types';
import { cachedVocabulary } from './vocabulary/cache';
import { understandQuery } from './vocabulary/understand';
import { searchWithFallback } from './with-fallback';

export interface PortalQuery {
	q: string;
	locale: string;
	/** Hits per group; the group shown alone ("alle anzeigen") gets `allLimit`. */
	limit: number;
	only?: PortalGroup;
	allLimit?: number;
}

/**
 * The search box of every page: contacts, guides, news and events, public proposals and the KPR's
 * pages in one Meilisearch multi-search, each group with its own count (a federated search would
 * merge them into one list and lose the counts). Only what the public may see is in these indexes
 * or passes the filter (proposals). Contacts, guides and proposals read the query understanding's
 * text; news and pages are written in their own words and get the text as typed.
 */
export async function searchPortal(
	{ db, search }: { db: Kysely<Database>; search: SearchConnection },
	query: PortalQuery
): Promise<PortalSearchResult> {
	const q = query.q.trim();
	if (q === '') return emptyPortalResult();
	const [terms, vocabulary] = await Promise.all([taxonomyLabels(db), cachedVocabulary(db)]);
	const understood = understandQuery(q, vocabulary);
	const limitOf = (group: PortalGroup) =>
		query.only === group ? (query.allLimit ?? 50) : query.only ? 0 : query.limit;
	const result = await searchWithFallback(
		search,
		PARTNERS_INDEX,
		async (searcher) =>
			searchPortalInMeili(searcher, { q, text: understood.text, locale: query.locale, terms, limitOf }),
		() => searchPortalInDatabase(db, { q, locale: query.locale, terms, limitOf })
	);
	const contacts = await localizeDirectoryHits(db, result.groups.kontakte.hits, query.locale);
	return {
		...result,
		groups: { ...result.groups, kontakte: { ...result.groups.kontakte, hits: contacts } },
		danger: understood.danger
	};
}

interface MeiliPortalQuery {
	q: string;
	text: string;
	locale: string;
	terms: Awaited<ReturnType<typeof taxonomyLabels>>;
	limitOf: (group: PortalGroup) => number;
}

/** The five queries of one request, in the order of the groups. */
export function portalQueries({ q, text, locale, terms, limitOf }: MeiliPortalQuery): MultiSearchQuery[] {
	const directoryQuery = parseDirectoryQuery(new URLSearchParams({ q }));
	const proposalQuery = parseProposalQuery(new URLSearchParams({ q }));
	return [
		{ ...directoryQueries(directoryQuery, terms, text)[0], facets: [], hitsPerPage: limitOf('kontakte'), page: 1 },
		guideSearchParams({ q: text, locale, limit: limitOf('ratgeber') }),
		{
			indexUid: NEWS_INDEX,
			q,
			limit: limitOf('aktuelles'),
			matchingStrategy: 'frequency',
			attributesToRetrieve: ['slug', 'kind', 'title', 'teaser', 'startsAt']
		},
		{
			indexUid: PROPOSALS_INDEX,
			q: text,
			limit: limitOf('projekte'),
			filter: buildProposalFilter(proposalQuery, 'public'),
			attributesToRetrieve: ['slug', 'title', 'summary']
		},
		{
			indexUid: PAGES_INDEX,
			q,
			limit: limitOf('seiten'),
			matchingStrategy: 'frequency',
			attributesToRetrieve: ['slug', guideFields(locale).title]
		}
	];
}

async function searchPortalInMeili(
	searcher: Searcher,
	query: MeiliPortalQuery
): Promise<Omit<PortalSearchResult, 'danger'>> {
	const [contacts, guides, news, proposals, pages] = (await searcher.multiSearch({ queries: portalQueries(query) }))
		.results;
	const total = (r: { totalHits?: number; estimatedTotalHits?: number }) => r.totalHits ?? r.estimatedTotalHits ?? 0;
	const title = guideFields(query.locale).title;
	return {
		q: query.q,
		degraded: false,
		groups: {
			kontakte: {
				hits: (contacts.hits as unknown as PartnerRow[]).map((hit) => directoryHitOf(hit, query.terms)),
				total: total(contacts)
			},
			ratgeber: {
				hits: (guides.hits as Partial<GuideDocument>[]).map((hit) => toGuideHit(hit, query.locale)),
				total: total(guides)
			},
			aktuelles: {
				hits: (news.hits as unknown as NewsDocument[]).map(({ slug, kind, title, teaser, startsAt }) => ({
					slug,
					kind,
					title,
					teaser,
					startsAt
				})),
				total: total(news)
			},
			projekte: {
				hits: proposals.hits.map((hit) => ({
					slug: String(hit.slug),
					title: String(hit.title),
					summary: String(hit.summary)
				})),
				total: total(proposals)
			},
			seiten: {
				hits: (pages.hits as unknown as PageDocument[]).map((hit) => ({ slug: hit.slug, title: hit[title] })),
				total: total(pages)
			}
		}
	};
}
