import type { NewItem } from '../new-item';

/** Field id → German name, for the error summary of the vocabulary form. */
export const FIELD_LABELS: Record<string, string> = {
	label: 'Name',
	searchTerms: 'Suchwörter',
	words: 'Wörter der Bürgerinnen und Bürger',
	topicCodes: 'Themen'
};

export const NEW_VOCABULARY_TERM: NewItem = {
	heading: 'Neuen Suchbegriff anlegen',
	back: { href: '/koordination/suchbegriffe', label: 'Alle Suchbegriffe' },
	labels: FIELD_LABELS,
	submitLabel: 'Begriff anlegen'
};
