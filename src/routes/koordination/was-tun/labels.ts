import type { GuideFormValues } from '$lib/server/guides/guide-form';
import type { NewItem } from '../new-item';

// The names of the guide form's fields, for the error summary.
export const GUIDE_FIELD_LABELS: Record<keyof GuideFormValues, string> = {
	title: 'Überschrift',
	summary: 'Kurzfassung',
	firstSteps: 'Erste Schritte',
	emergency: 'Wann 110 oder 112?',
	keywords: 'Suchwörter',
	aboutDanger: 'Gefahr',
	published: 'Veröffentlicht',
	topics: 'Themen',
	partners: 'Partner'
};

export const NEW_GUIDE: NewItem = {
	heading: 'Neuer Ratgeber',
	back: { href: '/koordination/was-tun', label: 'Alle Ratgeber' },
	labels: GUIDE_FIELD_LABELS,
	submitLabel: 'Anlegen'
};

export const emptyGuideValues: GuideFormValues = {
	title: '',
	summary: '',
	firstSteps: '',
	emergency: 'Rufen Sie **110**, wenn …',
	keywords: '',
	aboutDanger: false,
	published: false,
	topics: [],
	partners: ''
};
