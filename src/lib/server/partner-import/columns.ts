import { spellOutUmlauts } from '$lib/umlauts';

// The columns a town's partner spreadsheet may have, by the names people give them. Matching ignores
// case, spaces, hyphens and umlaut spelling, so "E-Mail", "email" and "E Mail" are the same column.

export type Column =
	| 'name'
	| 'category'
	| 'address'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'phone'
	| 'email'
	| 'website'
	| 'offer'
	| 'description'
	| 'topics';

const ALIASES: Record<Column, string[]> = {
	name: ['name', 'organisation', 'organization', 'einrichtung', 'partner', 'traeger'],
	category: ['kategorie', 'art', 'bereich', 'category'],
	address: ['adresse', 'anschrift', 'address'],
	street: ['strasse', 'strasseundhausnummer', 'strassenr', 'street'],
	postalCode: ['plz', 'postleitzahl', 'postalcode'],
	city: ['ort', 'stadt', 'city'],
	phone: ['telefon', 'tel', 'telefonnummer', 'phone'],
	email: ['email', 'mail', 'emailadresse'],
	website: ['website', 'webseite', 'internet', 'homepage', 'url'],
	offer: ['angebot', 'angebote', 'leistungen', 'offer'],
	description: ['beschreibung', 'werwirsind', 'description'],
	topics: ['themen', 'thema', 'schwerpunkte', 'topics']
};

/** The columns of the downloadable template, in its order, with the German header. */
export const TEMPLATE_COLUMNS: [Column, string][] = [
	['name', 'Name'],
	['category', 'Kategorie'],
	['street', 'Straße'],
	['postalCode', 'PLZ'],
	['city', 'Ort'],
	['phone', 'Telefon'],
	['email', 'E-Mail'],
	['website', 'Webseite'],
	['offer', 'Angebot'],
	['description', 'Beschreibung'],
	['topics', 'Themen']
];

export function normalizeHeader(text: string): string {
	return spellOutUmlauts(text).replace(/[^a-z]/g, '');
}

/** Which column each header cell is; null for columns the import does not use. */
export function mapHeader(header: string[]): (Column | null)[] {
	return header.map((cell) => {
		const key = normalizeHeader(cell);
		return (Object.entries(ALIASES).find(([, names]) => names.includes(key))?.[0] as Column | undefined) ?? null;
	});
}
