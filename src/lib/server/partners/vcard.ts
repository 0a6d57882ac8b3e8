import { termLabel } from '$lib/i18n/term-label';
import { m } from '$lib/paraglide/messages';
import { formatSlot, formatWeekday, rowsByWeekday } from '../../opening-hours';
import { CRLF, escapeText, foldLine } from '../text/content-lines';
import type { PublicPartner } from './types';
import { spellOutUmlauts } from '$lib/umlauts';

// vCard 3.0 (RFC 2426) rather than 4.0: the address books of phones import 3.0 most reliably. The
// note's headings follow the language of the profile it was saved from; the partner's texts stay German.

/** The partner as one contact card: organisation, address, phones, e-mail, web and a note. */
export function buildPartnerVCard(partner: PublicPartner, profileUrl: string): string {
	const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Kommunaler Praeventionsrat Zittau//Partnernetzwerk//DE'];
	lines.push(
		`N:${escapeText(partner.name)};;;;`,
		`FN:${escapeText(partner.name)}`,
		`ORG:${escapeText(partner.name)}`
	);
	lines.push('X-ABShowAs:COMPANY');
	if (partner.shortName) lines.push(`NICKNAME:${escapeText(partner.shortName)}`);
	lines.push(`CATEGORIES:${escapeText(termLabel('kategorie', partner.category))}`);

	const address = partner.address;
	if (address) {
		const parts = ['', address.name ?? '', address.street, address.city, '', address.postalCode, 'Deutschland'];
		lines.push(`ADR;TYPE=WORK:${parts.map(escapeText).join(';')}`);
		if (address.latitude != null && address.longitude != null) {
			lines.push(`GEO:${address.latitude};${address.longitude}`);
		}
	}
	for (const phone of partner.phones) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(phone.number)}`);
	if (partner.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(partner.email)}`);
	lines.push(`URL:${escapeText(partner.website ?? profileUrl)}`);

	const note = buildNote(partner, profileUrl);
	if (note) lines.push(`NOTE:${escapeText(note)}`);
	lines.push(`REV:${partner.updatedAt}`, 'END:VCARD');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An ASCII-only file name for Content-Disposition, derived from the slug. */
export function vcardFileName(slug: string): string {
	const base = spellOutUmlauts(slug)
		.replace(/[^a-z0-9-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${base || 'kontakt'}.vcf`;
}

function buildNote(partner: PublicPartner, profileUrl: string): string {
	const sections: string[] = [];
	if (partner.contacts.length > 0) {
		const people = partner.contacts.map((c) =>
			[c.name, c.role ? `(${c.role})` : null, c.phone ? `${m.directory_vcard_phone()} ${c.phone}` : null, c.email]
				.filter(Boolean)
				.join(' ')
		);
		sections.push(`${m.directory_profile_persons()}: ${people.join('; ')}`);
	}
	for (const [kind, title] of [
		['opening', m.directory_hours_opening()],
		['consultation', m.directory_hours_consultation()]
	] as const) {
		const rows = rowsByWeekday(
			partner.schedules.filter((s) => s.kind === kind),
			false
		);
		if (rows.length > 0) {
			const days = rows.map((r) => `${formatWeekday(r.weekday)} ${r.slots.map(formatSlot).join(', ')}`);
			sections.push(`${title}: ${days.join('; ')}`);
		}
	}
	sections.push(`${m.directory_vcard_entry()}: ${profileUrl}`);
	return sections.join('\n');
}
