// The values and errors of the groups form, shared by the page (Svelte) and the server's parser.

export interface GroupValues {
	name: string;
	description: string;
	topics: string[];
	lead: string;
	joinPolicy: string;
	actionField: string;
}

export type GroupErrors = Partial<Record<keyof GroupValues, string>>;
