import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../text/content-lines';
import { buildPartnerVCard, vcardFileName } from './vcard';
import { publicPartner } from '../../../../tests/helpers/public-partner';

const PROFILE = 'https://kpr.example/netzwerk/polizeirevier-zittau';

describe('the vCard of a partner', () => {
	it('is a vCard 3.0 with CRLF line endings and nothing but CRLF', () => {
		const card = buildPartnerVCard(publicPartner(), PROFILE);
		expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
		expect(card.endsWith('END:VCARD\r\n')).toBe(true);
		expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('carries the name, address, phone, e-mail and the profile page when there is no website', () => {
		const unfolded = buildPartnerVCard(publicPartner(), PROFILE).replace(/\r\n /g, '');
		expect(unfolded).toContain('FN:Polizeirevier Zittau\r\n');
		expect(unfolded).toContain('ORG:Polizeirevier Zittau\r\n');
		expect(unfolded).toContain('ADR;TYPE=WORK:;;Hochwaldstraße 27;Zittau;;02763;Deutschland\r\n');
		expect(unfolded).toContain('TEL;TYPE=WORK,VOICE:03583 62-0\r\n');
		expect(unfolded).toContain('EMAIL;TYPE=INTERNET,WORK:pr.zittau@polizei.sachsen.de\r\n');
		expect(unfolded).toContain(`URL:${PROFILE}\r\n`);
		expect(unfolded).toContain('Ansprechpersonen: Anna Beispiel (Bürgerpolizistin) Tel. 03583 62-100');
		expect(unfolded).toContain('Sprechzeiten: Dienstag 14:00–18:00 Uhr');
	});

	it('escapes commas, semicolons, backslashes and line breaks in values', () => {
		expect(escapeText('Jugend, Familie; Soziales \\ Beratung\nZweite Zeile')).toBe(
			'Jugend\\, Familie\\; Soziales \\\\ Beratung\\nZweite Zeile'
		);
		const card = buildPartnerVCard(publicPartner({ name: 'Schule; Hort, Kita' }), PROFILE);
		expect(card).toContain('FN:Schule\\; Hort\\, Kita\r\n');
	});

	it('folds long lines at 75 octets without splitting a German umlaut', () => {
		const long = `NOTE:${'Präventionsrat '.repeat(12)}`;
		const folded = foldLine(long);
		const lines = folded.split('\r\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
		expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
		expect(folded).not.toContain('\uFFFD');
	});

	it('offers an ASCII file name whatever the slug holds', () => {
		expect(vcardFileName('polizeirevier-zittau')).toBe('polizeirevier-zittau.vcf');
		expect(vcardFileName('Büro "Süd"/Zittau')).toBe('buero-sued-zittau.vcf');
		expect(vcardFileName('---')).toBe('kontakt.vcf');
	});
});
