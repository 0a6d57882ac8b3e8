import type { ContactDelivery, ContactLocale, ContactStatus, ContactTopic } from '../db/tables/contact';

// German names for the coordination's inbox and the mails to it.

export const TOPIC_LABELS: Record<ContactTopic, string> = {
	allgemein: 'Allgemeine Anfrage',
	beratung: 'Präventionsprojekt/Beratung',
	veranstaltung: 'Veranstaltung',
	presse: 'Presse',
	barrierefreiheit: 'Barrierefreiheit',
	sonstiges: 'Sonstiges'
};

export const STATUS_LABELS: Record<ContactStatus, string> = { open: 'offen', handled: 'erledigt' };

export const DELIVERY_LABELS: Record<ContactDelivery, string> = {
	pending: 'wird zugestellt',
	sent: 'zugestellt',
	failed: 'nicht zugestellt'
};

export const LOCALE_LABELS: Record<ContactLocale, string> = {
	de: 'Deutsch',
	en: 'Englisch',
	pl: 'Polnisch',
	cs: 'Tschechisch'
};
