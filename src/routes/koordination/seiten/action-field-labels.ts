/** The labels of the field-of-action form, for its error summary. */
export const ACTION_FIELD_LABELS = {
	title: 'Name des Handlungsfelds',
	summary: 'Beschreibung',
	progressNote: 'Stand der Arbeit',
	position: 'Reihenfolge'
};
