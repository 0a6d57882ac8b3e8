import type { OfferStatus, ProposalStatus, ProposalVisibility } from '../db/tables/collaboration';
import type { TermRef } from '../partners/types';

export type { OfferStatus, ProposalStatus, ProposalVisibility };

export { LISTED_STATUSES, type ListedStatus } from '../../proposals/status';

/** Who is looking: citizens see public proposals only, signed-in people the partners-only ones too. */
export type ProposalAudience = 'public' | 'partners';

export interface ProposalSummary {
	id: number;
	slug: string;
	title: string;
	summary: string;
	status: ProposalStatus;
	visibility: ProposalVisibility;
	organizationName: string;
	timeframe: string;
}

export interface ProposalDetail extends ProposalSummary {
	organizationId: number;
	organizationSlug: string;
	description: string;
	lookingFor: string;
	actionField: { id: number; slug: string; title: string } | null;
	topics: TermRef[];
	targetGroups: TermRef[];
	ortsteile: TermRef[];
	openedAt: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface TeamMember {
	organizationName: string;
	organizationSlug: string;
}

export interface Offer {
	id: number;
	organizationName: string;
	organizationSlug: string;
	offeredBy: string | null;
	message: string;
	status: OfferStatus;
	createdAt: string;
}

export interface ProposalComment {
	id: number;
	authorName: string | null;
	organizationName: string | null;
	body: string;
	hidden: boolean;
	createdAt: string;
}

export interface ProposalListItem extends ProposalSummary {
	topics: string[];
	ortsteile: string[];
}

export interface ProposalSearchResult {
	hits: ProposalListItem[];
	total: number;
	page: number;
	totalPages: number;
	/** Meilisearch did not answer: the list comes from the database, without ranking. */
	degraded: boolean;
}
