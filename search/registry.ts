import type { Kysely } from 'kysely';
import type { Settings } from 'meilisearch';
import type { Database } from '../src/lib/server/db/schema';
import { getPublicPartners, listPublishedPartnerIds } from '../src/lib/server/partners/queries';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import {
	getSearchableProposals,
	listListedProposalIds,
	listProposalIdsOfOrganizations
} from '../src/lib/server/proposals/queries';
import { PROPOSALS_INDEX } from '../src/lib/server/proposals/service';
import { getSearchableGuides, listPublishedGuideIds } from '../src/lib/server/guides/queries';
import { GUIDES_INDEX } from '../src/lib/server/guides/types';
import { getSearchableNews, listPublishedNewsIds, NEWS_INDEX } from '../src/lib/server/news/searchable';
import { PAGES_INDEX } from '../src/lib/server/pages/search-id';
import { getSearchablePages, listPageDocumentIds } from '../src/lib/server/pages/searchable';
import { buildNewsDocument, buildPageDocument, newsIndexSettings, pageIndexSettings } from './content-documents';
import { buildPartnerDocument } from './documents';
import { buildGuideDocument } from './guide-documents';
import { guideIndexSettings } from './guide-settings';
import { buildProposalDocument } from './proposal-documents';
import { proposalIndexSettings } from './proposal-settings';
import { partnerIndexSettings } from './settings';
import { reloadVocabulary } from './vocabulary/cache';
import { vocabularySettings } from './vocabulary/settings';

/** Documents of another index that show data of the changed ones, and so must be rebuilt with them. */
export interface Dependents {
	uid: string;
	ids: number[];
}

/** The part of every index's settings that comes from the vocabulary the coordinator keeps. */
export type VocabularySettings = Pick<Settings, 'synonyms' | 'stopWords'>;

/**
 * Everything the portal knows about one Meilisearch index. Connection (settings, search key),
 * delivery, reindex, start-up rebuild, health, tests and the bench all go through this list;
 * each index's searches and their SQLite fallback are in its own module (partner-search.ts,
 * proposal-search.ts) and run through searchWithFallback().
 */
export interface SearchIndex {
	uid: string;
	/** The index's settings with the vocabulary's synonyms and stop words. */
	settings(vocabulary: VocabularySettings): Settings;
	/** The documents of these ids as the index should hold them; an id without one is deleted. */
	loadDocuments(db: Kysely<Database>, ids: number[]): Promise<{ id: number }[]>;
	/** Every id a full rebuild indexes. */
	listIds(db: Kysely<Database>): Promise<number[]>;
	/** Documents elsewhere that show these ones (a partner's name in its proposals). */
	dependents(db: Kysely<Database>, ids: number[]): Promise<Dependents[]>;
}

/**
 * Reads the vocabulary afresh (the query understanding gets the same) as index settings: read once for
 * all the indexes being set up, as compiling it takes 100–250 ms.
 */
export async function loadVocabularySettings(db: Kysely<Database>): Promise<VocabularySettings> {
	return vocabularySettings(await reloadVocabulary(db));
}

function withVocabulary(settings: Settings): SearchIndex['settings'] {
	return (vocabulary) => ({ ...settings, ...vocabulary });
}

async function noDependents(): Promise<Dependents[]> {
	return [];
}

const partners: SearchIndex = {
	uid: PARTNERS_INDEX,
	settings: withVocabulary(partnerIndexSettings),
	loadDocuments: async (db, ids) => (await getPublicPartners(db, ids)).map(buildPartnerDocument),
	listIds: listPublishedPartnerIds,
	dependents: async (db, ids) => [{ uid: PROPOSALS_INDEX, ids: await listProposalIdsOfOrganizations(db, ids) }]
};

const proposals: SearchIndex = {
	uid: PROPOSALS_INDEX,
	settings: withVocabulary(proposalIndexSettings),
	loadDocuments: async (db, ids) => (await getSearchableProposals(db, ids)).map(buildProposalDocument),
	listIds: listListedProposalIds,
	dependents: noDependents
};

const guides: SearchIndex = {
	uid: GUIDES_INDEX,
	settings: withVocabulary(guideIndexSettings),
	loadDocuments: async (db, ids) => (await getSearchableGuides(db, ids)).map(buildGuideDocument),
	listIds: listPublishedGuideIds,
	dependents: noDependents
};

const news: SearchIndex = {
	uid: NEWS_INDEX,
	settings: withVocabulary(newsIndexSettings),
	loadDocuments: async (db, ids) => (await getSearchableNews(db, ids)).map(buildNewsDocument),
	listIds: listPublishedNewsIds,
	dependents: noDependents
};

const pages: SearchIndex = {
	uid: PAGES_INDEX,
	settings: withVocabulary(pageIndexSettings),
	loadDocuments: async (db, ids) => (await getSearchablePages(db, ids)).map(buildPageDocument),
	listIds: listPageDocumentIds,
	dependents: noDependents
};

/** The one list of indexes. */
export const searchIndexes: readonly SearchIndex[] = [partners, proposals, guides, news, pages];

export function findSearchIndex(uid: string): SearchIndex | undefined {
	return searchIndexes.find((index) => index.uid === uid);
}
