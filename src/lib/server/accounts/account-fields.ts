// Parsers for what a person types into their account settings; each answers the cleaned value or a
// German message that says how to fix the input.
import { isEmailAddress } from '$lib/validation/email';

export const NAME_MAX_LENGTH = 100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseDisplayName(input: string): Parsed<string> {
	const name = input.trim().replace(/\s+/g, ' ');
	if (name === '') return { ok: false, error: 'Bitte geben Sie Ihren Namen ein.' };
	if ([...name].length > NAME_MAX_LENGTH) {
		return { ok: false, error: `Der Name ist zu lang: Bitte verwenden Sie höchstens ${NAME_MAX_LENGTH} Zeichen.` };
	}
	if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, error: 'Der Name enthält unzulässige Zeichen.' };
	return { ok: true, value: name };
}

/** Lower-cased like every stored address; only the shape is checked, the confirmation link proves the rest. */
export function parseEmailAddress(input: string): Parsed<string> {
	const email = input.trim().toLowerCase();
	if (email === '') return { ok: false, error: 'Bitte geben Sie eine E-Mail-Adresse ein.' };
	if (!isEmailAddress(email)) {
		return {
			ok: false,
			error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@schule-zittau.de.'
		};
	}
	return { ok: true, value: email };
}
