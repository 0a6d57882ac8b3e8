import type { NewItem } from '../new-item';

/** German names of the area form's fields, for the error summary. */
export const AREA_FIELD_LABELS: Record<string, string> = {
	organizationId: 'Zuständiger Partner',
	kind: 'Art des Bereichs',
	name: 'Name des Bereichs',
	note: 'Hinweis',
	ortsteile: 'Ortsteile'
};

export const NEW_AREA: NewItem = {
	heading: 'Neuen Bereich anlegen',
	back: { href: '/koordination/gebiete', label: 'Alle Bereiche' },
	labels: AREA_FIELD_LABELS,
	submitLabel: 'Bereich anlegen'
};
