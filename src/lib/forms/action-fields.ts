// The values and errors of the action fields form, shared by the page (Svelte) and the server's parser.

export interface ActionFieldFormValues {
	title: string;
	summary: string;
	progressNote: string;
	position: string;
}

export type ActionFieldFormErrors = Partial<Record<keyof ActionFieldFormValues, string>>;
