/** German names of the news form's fields, for the labels and the error summary. */
export const NEWS_FIELD_LABELS: Record<string, string> = {
	organizationId: 'Organisation',
	kind: 'Art',
	title: 'Titel',
	teaser: 'Anreißer',
	body: 'Text',
	startsAt: 'Beginn',
	endsAt: 'Ende',
	placeName: 'Ort',
	placeAddress: 'Adresse',
	registrationInfo: 'Anmeldung',
	wheelchairAccessible: 'Rollstuhlgerecht',
	accessibilityNote: 'Hinweise zur Barrierefreiheit',
	cancelled: 'Abgesagt'
};
