import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** A question or answer under a proposal; signed-in people only ever see it. */
export interface ProposalCommentTable {
	id: Generated<number>;
	proposal_id: number;
	author_id: number | null;
	/** The organization the author wrote for, if any (a coordinator writes for none). */
	organization_id: number | null;
	body: string;
	/** Set when the coordinator hid the comment; it stays stored for the record. */
	hidden_at: string | null;
	hidden_by: number | null;
	created_at: Timestamp;
}

/** A person notified about status changes and new team members of a proposal. */
export interface ProposalFollowerTable {
	proposal_id: number;
	user_id: number;
	created_at: Timestamp;
}

export interface ProposalTables {
	proposal_comments: ProposalCommentTable;
	proposal_followers: ProposalFollowerTable;
}
