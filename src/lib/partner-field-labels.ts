// German names of the fields of a partner profile, shared by the editing form and the audit log.

export const PARTNER_FIELD_LABELS: Record<string, string> = {
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
