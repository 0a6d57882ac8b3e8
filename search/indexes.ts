export const PARTNERS_INDEX = 'partners';
