// German names of the fields the audit log records (partners/service.ts, partners/logo-store.ts).

const FIELD_LABELS: Record<string, string> = {
	slug: 'Adresse der Seite',
	name: 'Name',
	shortName: 'Kurzname',
	category: 'Kategorie',
	description: 'Wer wir sind',
	offer: 'Angebot',
	topics: 'Themen',
	targetGroups: 'Zielgruppen',
	languages: 'Sprachen',
	ortsteile: 'Ortsteile',
	email: 'E-Mail-Adresse',
	website: 'Webseite',
	accessibilityNote: 'Hinweise zur Barrierefreiheit',
	wheelchairAccessible: 'Barrierefrei zugänglich',
	verifiedAt: 'Geprüft am',
	status: 'Status',
	address: 'Adresse',
	phones: 'Telefonnummern',
	contacts: 'Ansprechpersonen',
	schedules: 'Öffnungs- und Sprechzeiten',
	logo: 'Logo',
	deleted: 'Eintrag gelöscht'
};

export function auditFieldLabel(field: string): string {
	return FIELD_LABELS[field] ?? field;
}
