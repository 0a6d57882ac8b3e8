import { PARTNER_FIELD_LABELS } from '$lib/partner-field-labels';

// Names of form fields as the error summary calls them.

export const WEEKDAY_NAMES = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
export const KIND_NAMES = { opening: 'Öffnungszeiten', consultation: 'Sprechzeiten' } as const;

const LABELS: Record<string, string> = {
	...PARTNER_FIELD_LABELS,
	'address.street': 'Straße und Hausnummer',
	'address.postalCode': 'Postleitzahl',
	'address.city': 'Ort',
	'address.ortsteil': 'Ortsteil der Adresse'
};

const ROW_NAMES: Record<string, string> = {
	phones: 'Telefon',
	contacts: 'Ansprechperson',
	closures: 'Schließzeit'
};

const PARTS: Record<string, string> = {
	number: 'Nummer',
	label: 'Bezeichnung',
	name: 'Name',
	role: 'Funktion',
	phone: 'Telefon',
	email: 'E-Mail',
	consentDate: 'Zustimmung am',
	opens: 'von',
	closes: 'bis',
	note: 'Hinweis',
	startsOn: 'geschlossen vom',
	endsOn: 'bis einschließlich',
	reason: 'Grund'
};

export function fieldLabel(field: string): string {
	if (LABELS[field]) return LABELS[field];
	const row = /^(phones|contacts|closures)\.(\d+)\.(\w+)$/.exec(field);
	if (row) return `${ROW_NAMES[row[1]]} ${Number(row[2]) + 1}, ${PARTS[row[3]] ?? row[3]}`;
	const hour = /^hours\.(opening|consultation)\.(\d)\.(\d+)\.(\w+)$/.exec(field);
	if (hour) {
		const kind = KIND_NAMES[hour[1] as keyof typeof KIND_NAMES];
		return `${kind} ${WEEKDAY_NAMES[Number(hour[2]) - 1]}, Zeile ${Number(hour[3]) + 1}, ${PARTS[hour[4]] ?? hour[4]}`;
	}
	return field;
}
