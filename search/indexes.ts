export const PARTNERS_INDEX = 'partners';
export const PROPOSALS_INDEX = 'proposals';
