import { describe, expect, it } from 'vitest';
import { partnerText } from './partner-translations';

const partner = {
	name: 'Suchtberatung Zittau',
	description: 'Hilft bei Sucht.',
	offer: 'Offene Sprechstunde.',
	translations: { pl: { name: 'Poradnia Uzależnień', description: '', offer: 'Otwarte dyżury.' } }
};

describe('a partner text for a page', () => {
	it('shows the translation into the page language, marked with that language', () => {
		expect(partnerText(partner, 'name', 'pl')).toEqual({ text: 'Poradnia Uzależnień', lang: 'pl' });
	});

	it('falls back to the German text, marked as German, field by field', () => {
		expect(partnerText(partner, 'description', 'pl')).toEqual({ text: 'Hilft bei Sucht.', lang: 'de' });
		expect(partnerText(partner, 'name', 'cs')).toEqual({ text: 'Suchtberatung Zittau', lang: 'de' });
	});

	it('needs no mark on a German page', () => {
		expect(partnerText(partner, 'offer', 'de')).toEqual({ text: 'Offene Sprechstunde.', lang: undefined });
	});
});
