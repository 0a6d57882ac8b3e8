import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** vorgeschlagen → kontaktiert → beteiligt / abgelehnt. */
export type MatchStatus = 'suggested' | 'contacted' | 'involved' | 'declined';

/** A partner the coordinator suggested for a proposal, and how far the introduction got. */
export interface ProposalMatchTable {
	id: Generated<number>;
	proposal_id: number;
	organization_id: number;
	status: ColumnType<MatchStatus, MatchStatus | undefined, MatchStatus>;
	/** The ranking score when the match was suggested or introduced. */
	score: number;
	/** JSON array of the German reasons shown with that score. */
	reasons: ColumnType<string, string | undefined, string>;
	suggested_by: number | null;
	introduced_at: string | null;
	introduced_by: number | null;
	/** The coordinator's personal note in the introduction mail. */
	note: string | null;
	/** Why the match was declined, when the coordinator gave a reason. */
	decline_reason: string | null;
	/** Set when the last introduction could not be mailed; cleared by the next successful one. */
	mail_error: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface BrokeringTables {
	proposal_matches: ProposalMatchTable;
}
