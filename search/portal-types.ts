import type { DirectoryHit } from '../src/lib/directory/types';
import type { GuideHit } from './guide-search';

// The portal-wide search's answer: one group per kind of content, each with its first hits and its count.

export const PORTAL_GROUPS = ['kontakte', 'ratgeber', 'aktuelles', 'projekte', 'seiten'] as const;
export type PortalGroup = (typeof PORTAL_GROUPS)[number];

export interface NewsHit {
	slug: string;
	kind: 'press_release' | 'event';
	title: string;
	teaser: string;
	startsAt: string | null;
}

export interface ProposalHit {
	slug: string;
	title: string;
	summary: string;
}

export interface PageHit {
	slug: string;
	title: string;
}

export interface PortalHits {
	kontakte: DirectoryHit[];
	ratgeber: GuideHit[];
	aktuelles: NewsHit[];
	projekte: ProposalHit[];
	seiten: PageHit[];
}

export interface PortalSearchResult {
	q: string;
	groups: { [G in PortalGroup]: { hits: PortalHits[G]; total: number } };
	/** True when Meilisearch did not answer and SQLite did. */
	degraded: boolean;
	/** The text names acute danger or violence: the emergency numbers come first. */
	danger: boolean;
}

export function isPortalGroup(value: string | null): value is PortalGroup {
	return (PORTAL_GROUPS as readonly (string | null)[]).includes(value);
}

export function emptyPortalResult(q = ''): PortalSearchResult {
	const empty = { hits: [], total: 0 };
	return {
		q,
		groups: { kontakte: empty, ratgeber: empty, aktuelles: empty, projekte: empty, seiten: empty },
		degraded: false,
		danger: false
	};
}
