/** Field id → German name, for the error summary of the vocabulary form. */
export const FIELD_LABELS: Record<string, string> = {
	label: 'Name',
	searchTerms: 'Suchwörter',
	words: 'Wörter der Bürgerinnen und Bürger',
	topicCodes: 'Themen'
};
