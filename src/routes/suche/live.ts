/** Marks a /suche load made while someone is still typing: shown, but not counted as a search. */
export const LIVE_PARAM = 'live';
