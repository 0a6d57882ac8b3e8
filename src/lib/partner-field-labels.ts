import { LANGUAGE_NAMES, TRANSLATED_FIELDS, TRANSLATION_LOCALES, type TranslatedField } from './partner-translations';

// German names of the fields of a partner profile, shared by the editing form and the audit log.

export const PARTNER_FIELD_LABELS: Record<string, string> = {
	slug: 'Adresse der Seite',
	name: 'Name',
	shortName: 'Kurzname',
	category: 'Kategorie',
	description: 'Wer wir sind',
	offer: 'Angebot',
	topics: 'Themen',
	mainTopics: 'Hauptthemen',
	targetGroups: 'Zielgruppen',
	mainTargetGroups: 'Hauptzielgruppen',
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
	closures: 'Schließtage',
	logo: 'Logo',
	deleted: 'Eintrag gelöscht',
	...translatedFieldLabels()
};

/** "Name (Polnisch)", "Angebot (Englisch)" … for the translated texts, named like `name_pl`. */
function translatedFieldLabels(): Record<string, string> {
	const base: Record<TranslatedField, string> = { name: 'Name', description: 'Wer wir sind', offer: 'Angebot' };
	const labels: Record<string, string> = {};
	for (const locale of TRANSLATION_LOCALES) {
		for (const field of TRANSLATED_FIELDS)
			labels[`${field}_${locale}`] = `${base[field]} (${LANGUAGE_NAMES[locale]})`;
	}
	return labels;
}
