// The values and errors of the street lines form, shared by the page (Svelte) and the server's parser.

/** One line of the street list form, as typed. */
export interface StreetLineValues {
	street: string;
	postalCode: string;
	from: string;
	to: string;
	parity: string;
}
