/** What the page that creates one kind of item says around its fields (see NewItemPage.svelte). */
export interface NewItem {
	/** Also the document title, before "– Koordination". */
	heading: string;
	back: { href: string; label: string };
	/** Field id → German name, for the error summary. */
	labels: Record<string, string>;
	submitLabel: string;
}
