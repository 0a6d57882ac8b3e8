import type { ProposalStatus } from '../server/db/tables/collaboration';

/** Statuses citizens and partners find in lists and search; drafts and withdrawn proposals never. */
export const LISTED_STATUSES = ['open', 'in_progress', 'completed'] as const satisfies readonly ProposalStatus[];
export type ListedStatus = (typeof LISTED_STATUSES)[number];
