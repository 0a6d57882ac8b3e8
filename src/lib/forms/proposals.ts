// The values and errors of the proposals form, shared by the page (Svelte) and the server's parser.
import type { ProposalVisibility } from '$lib/server/proposals/types';

export interface ProposalValues {
	organizationId: string;
	title: string;
	summary: string;
	description: string;
	lookingFor: string;
	timeframe: string;
	visibility: ProposalVisibility;
	actionField: string;
	topics: string[];
	targetGroups: string[];
	ortsteile: string[];
}

export type ProposalErrors = Partial<Record<keyof ProposalValues, string>>;
