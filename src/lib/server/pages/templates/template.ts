/** The text a page starts with until the coordinator saves the first version of their own. */
export interface PageTemplate {
	title: string;
	/** Markdown. */
	body: string;
}
