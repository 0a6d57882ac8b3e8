import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type ProposalStatus = 'draft' | 'open' | 'in_progress' | 'completed' | 'withdrawn';
/** 'partners': signed-in partners only; 'public': also citizens at /projekte. */
export type ProposalVisibility = 'partners' | 'public';
export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';
export type JoinPolicy = 'open' | 'on_request';
export type GroupMemberStatus = 'requested' | 'member' | 'declined';

export interface ProposalTable {
	id: Generated<number>;
	slug: string;
	/** The author's organization; its people may edit the proposal. */
	organization_id: number;
	created_by: number | null;
	title: string;
	summary: string;
	/** Markdown. */
	description: Defaulted<string>;
	/** What and whom the authors are looking for. */
	looking_for: Defaulted<string>;
	timeframe: Defaulted<string>;
	status: Defaulted<ProposalStatus>;
	visibility: Defaulted<ProposalVisibility>;
	action_field_id: number | null;
	/** First time the proposal was opened for partners (status 'open'). */
	opened_at: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Topics, target groups and Ortsteile of a proposal (taxonomy_terms). */
export interface ProposalTermTable {
	proposal_id: number;
	term_id: number;
}

/** "Wir machen mit": an organization offering to take part; accepted offers form the project team. */
export interface ProposalOfferTable {
	id: Generated<number>;
	proposal_id: number;
	organization_id: number;
	offered_by: number | null;
	message: string;
	status: Defaulted<OfferStatus>;
	decided_by: number | null;
	decided_at: string | null;
	created_at: Timestamp;
}

export interface WorkingGroupTable {
	id: Generated<number>;
	slug: string;
	name: string;
	/** Markdown. */
	description: Defaulted<string>;
	/** The person who leads the group; accepts join requests besides the coordinator. */
	lead_user_id: number | null;
	join_policy: Defaulted<JoinPolicy>;
	action_field_id: number | null;
	archived_at: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** Topics of a working group (taxonomy_terms). */
export interface WorkingGroupTermTable {
	group_id: number;
	term_id: number;
}

/** An organization in a working group, or asking to join it. */
export interface WorkingGroupMemberTable {
	id: Generated<number>;
	group_id: number;
	organization_id: number;
	status: GroupMemberStatus;
	requested_by: number | null;
	message: string | null;
	decided_by: number | null;
	decided_at: string | null;
	created_at: Timestamp;
}

export interface CollaborationTables {
	proposals: ProposalTable;
	proposal_terms: ProposalTermTable;
	proposal_offers: ProposalOfferTable;
	working_groups: WorkingGroupTable;
	working_group_terms: WorkingGroupTermTable;
	working_group_members: WorkingGroupMemberTable;
}
