// Street keys: two spellings of the same street get the same key, so that "Äußere Oybiner Str." finds
// "Äussere Oybiner Straße". The key is only ever compared, never shown.

/**
 * The lookup key of a street name: lower-case letters and digits only. Umlauts fold to the plain
 * vowel, and so do their transcriptions (ä, ae and a all become a), because citizens type all three;
 * ß becomes ss; "Str." and "Strasse" become "strasse"; "Doktor"/"Dr.", "Sankt"/"St." and "Pl." are unified;
 * spaces, hyphens and dots disappear ("Karl Liebknecht Ring" = "Karl-Liebknecht-Ring").
 */
export function normalizeStreet(name: string): string {
	return (
		name
			.normalize('NFC')
			.trim()
			.toLocaleLowerCase('de')
			.replace(/ß/g, 'ss')
			.replace(/ä/g, 'a')
			.replace(/ö/g, 'o')
			.replace(/ü/g, 'u')
			// A lone "Str." is not yet a street name but a type-ahead prefix of "Strandweg".
			.replace(/(?<=.)(?:str\.?|strasse)(?=[\s\-.,]|$)/g, 'strasse')
			.replace(/(?<=.)pl\.(?=[\s\-,]|$)/g, 'platz')
			.replace(/(^|[\s-])(?:doktor|dr\.?)(?=[\s\-.]|$)/g, '$1dr')
			.replace(/(^|[\s-])(?:sankt|st\.)(?=[\s\-.]|\p{L})/gu, '$1sankt')
			.replace(/(^|[\s-])(?:professor|prof\.?)(?=[\s\-.]|$)/g, '$1prof')
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/ae/g, 'a')
			.replace(/oe/g, 'o')
			.replace(/ue/g, 'u')
			.replace(/[^a-z0-9]/g, '')
	);
}

export interface ParsedAddress {
	/** The street part as typed, trimmed. */
	street: string;
	streetKey: string;
	/** Null when no house number was given. */
	houseNumber: number | null;
	/** The letter after the number ("12a" → "a"); null without one. */
	suffix: string | null;
	/** A five-digit postal code typed after the street, if any. */
	postalCode: string | null;
}

// Longer than any address; the cap keeps the typo search (quadratic in the length) cheap.
const MAX_INPUT_LENGTH = 150;
const HOUSE_NUMBER = /^(.*?)[\s,]*(\d{1,4})\s*([a-z])?(?:\s*[-–/]\s*\d{1,4}\s*[a-z]?)?$/i;
const POSTAL_CODE_AND_CITY = /[\s,]+(\d{5})(?:\s+[\p{L}][\p{L} .-]*)?$/u;

/**
 * Splits what a citizen typed into street and house number: "Äußere Oybiner Str. 12a",
 * "Markt 1, 02763 Zittau", "Neustadt 3-5" (the first number counts). Null when no street is left
 * or the input is too long to be an address.
 */
export function parseAddressInput(input: string): ParsedAddress | null {
	if (input.length > MAX_INPUT_LENGTH) return null;
	let rest = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	let postalCode: string | null = null;
	const postal = POSTAL_CODE_AND_CITY.exec(rest);
	if (postal) {
		postalCode = postal[1];
		rest = rest.slice(0, postal.index).trim();
	}
	let houseNumber: number | null = null;
	let suffix: string | null = null;
	const numbered = HOUSE_NUMBER.exec(rest);
	if (numbered && /\p{L}/u.test(numbered[1])) {
		rest = numbered[1];
		houseNumber = Number(numbered[2]);
		suffix = numbered[3]?.toLocaleLowerCase('de') ?? null;
	}
	const street = rest.replace(/[\s,]+$/, '');
	const streetKey = normalizeStreet(street);
	if (!/[a-z]/.test(streetKey)) return null;
	return { street, streetKey, houseNumber, suffix, postalCode };
}
