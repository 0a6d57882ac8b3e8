// The values and errors of the areas form, shared by the page (Svelte) and the server's parser.

export interface AreaFormValues {
	organizationId: string;
	kind: string;
	name: string;
	note: string;
	ortsteile: string[];
}

export type AreaFormErrors = Partial<Record<'organizationId' | 'kind' | 'name' | 'note' | 'ortsteile', string>>;
