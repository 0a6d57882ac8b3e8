import type { StreetParity } from '../db/schema';
import type { AreaStreetInput } from './types';
import { tooLongMessage } from '$lib/validation/length';
import type { StreetLineValues } from '$lib/forms/street-lines';
export type { StreetLineValues } from '$lib/forms/street-lines';

export type StreetLinesParse =
	| { ok: true; lines: StreetLineValues[]; streets: AreaStreetInput[] }
	| { ok: false; lines: StreetLineValues[]; errors: Record<string, string> };

const PARITIES: StreetParity[] = ['all', 'odd', 'even'];
export const EMPTY_LINE: StreetLineValues = { street: '', postalCode: '', from: '', to: '', parity: 'all' };

/** Reads the repeated fields of the street list form; every field name is used once per line. */
export function readStreetLines(form: FormData): StreetLineValues[] {
	const column = (name: string) => form.getAll(name).map((value) => String(value).trim());
	const streets = column('strasse');
	const postalCodes = column('plz');
	const froms = column('von');
	const tos = column('bis');
	const parities = column('seite');
	return streets.map((street, i) => ({
		street,
		postalCode: postalCodes[i] ?? '',
		from: froms[i] ?? '',
		to: tos[i] ?? '',
		parity: parities[i] ?? 'all'
	}));
}

/**
 * Validates the lines; a line whose street is empty is dropped (that is how a line is removed).
 * Errors are keyed by the field's id ("strasse-3", "von-3"), so the error summary can link to it.
 */
export function parseStreetLines(lines: StreetLineValues[]): StreetLinesParse {
	const errors: Record<string, string> = {};
	const streets: AreaStreetInput[] = [];
	lines.forEach((line, i) => {
		if (line.street === '' && line.postalCode === '' && line.from === '' && line.to === '') return;
		const row = i + 1;
		if (!/\p{L}/u.test(line.street))
			errors[`strasse-${row}`] = `Zeile ${row}: Bitte geben Sie die Straße an oder leeren Sie die ganze Zeile.`;
		else if (line.street.length > 120)
			errors[`strasse-${row}`] = `Zeile ${row}: ${tooLongMessage('Der Straßenname', 120, line.street.length)}`;
		if (line.postalCode && !/^\d{5}$/.test(line.postalCode))
			errors[`plz-${row}`] = `Zeile ${row}: Die PLZ hat fünf Ziffern, z. B. 02763.`;
		const from = houseNumber(line.from, `von-${row}`, row, errors);
		const to = houseNumber(line.to, `bis-${row}`, row, errors);
		if (from !== null && to !== null && from > to)
			errors[`bis-${row}`] = `Zeile ${row}: „bis“ (${to}) muss mindestens „von“ (${from}) sein.`;
		const parity = PARITIES.find((p) => p === line.parity);
		if (!parity) errors[`seite-${row}`] = `Zeile ${row}: Bitte wählen Sie alle, gerade oder ungerade Hausnummern.`;
		if (parity) streets.push({ streetName: line.street, postalCode: line.postalCode || null, from, to, parity });
	});
	return Object.keys(errors).length > 0 ? { ok: false, lines, errors } : { ok: true, lines, streets };
}

function houseNumber(text: string, key: string, row: number, errors: Record<string, string>): number | null {
	if (text === '') return null;
	if (!/^\d{1,5}$/.test(text) || Number(text) < 1) {
		errors[key] = `Zeile ${row}: Die Hausnummer muss eine ganze Zahl ab 1 sein (ohne Zusatz wie „a“).`;
		return null;
	}
	return Number(text);
}
