// German names of the brokering and proposal states, shared by server code and pages.

export type MatchStatusCode = 'suggested' | 'contacted' | 'involved' | 'declined';
export type ProposalStatusCode = 'draft' | 'open' | 'in_progress' | 'completed' | 'withdrawn';

export const MATCH_STATUS_LABELS: Record<MatchStatusCode, string> = {
	suggested: 'vorgeschlagen',
	contacted: 'kontaktiert',
	involved: 'beteiligt',
	declined: 'abgelehnt'
};

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatusCode, string> = {
	draft: 'Entwurf',
	open: 'offen',
	in_progress: 'läuft',
	completed: 'abgeschlossen',
	withdrawn: 'zurückgezogen'
};
