import { describe, expect, it } from 'vitest';
import { normalizeStreet, parseAddressInput } from './street-name';

describe('normalizeStreet', () => {
	it('gives "Str.", "Str", "Strasse", "Straße" and "-Straße" the same key', () => {
		const keys = [
			'Hochwaldstraße',
			'Hochwaldstr.',
			'Hochwaldstr',
			'Hochwaldstrasse',
			'Hochwald-Straße',
			'Hochwald Str.'
		].map(normalizeStreet);
		expect(new Set(keys)).toEqual(new Set(['hochwaldstrasse']));
	});

	it('folds umlauts, their transcription and the plain vowel alike', () => {
		expect(normalizeStreet('Äußere Oybiner Straße')).toBe('aussereoybinerstrasse');
		expect(normalizeStreet('Aeussere Oybiner Strasse')).toBe(normalizeStreet('Äußere Oybiner Straße'));
		expect(normalizeStreet('Aussere Oybiner Str.')).toBe(normalizeStreet('Äußere Oybiner Straße'));
		expect(normalizeStreet('Töpferberg')).toBe(normalizeStreet('Toepferberg'));
		expect(normalizeStreet('Brüderstraße')).toBe(normalizeStreet('Bruderstrasse'));
	});

	it('ignores case, spaces, hyphens and dots', () => {
		expect(normalizeStreet('Karl Liebknecht Ring')).toBe(normalizeStreet('Karl-Liebknecht-Ring'));
		expect(normalizeStreet('  THEATERRING ')).toBe('theaterring');
	});

	it('unifies "Dr.", "St.", "Prof." and "Pl." with the words they stand for', () => {
		expect(normalizeStreet('Dr.-Brinitzer-Straße')).toBe(normalizeStreet('Doktor-Brinitzer-Straße'));
		expect(normalizeStreet('St.-Marien-Weg')).toBe(normalizeStreet('Sankt-Marien-Weg'));
		expect(normalizeStreet('Prof.-Schmidt-Weg')).toBe(normalizeStreet('Professor-Schmidt-Weg'));
		expect(normalizeStreet('Heinrich-Heine-Pl.')).toBe(normalizeStreet('Heinrich-Heine-Platz'));
	});

	it('keeps digits, so "Straße des 17. Juni" stays distinct', () => {
		expect(normalizeStreet('Straße des 17. Juni')).toBe('strassedes17juni');
	});

	it('leaves a lone "Str" alone, so that typing it still finds the Strandweg', () => {
		expect(normalizeStreet('Str')).toBe('str');
		expect(normalizeStreet('Strandweg').startsWith(normalizeStreet('Str'))).toBe(true);
	});
});

describe('parseAddressInput', () => {
	it('splits street, house number and letter', () => {
		expect(parseAddressInput('Äußere Oybiner Str. 12a')).toEqual({
			street: 'Äußere Oybiner Str.',
			streetKey: normalizeStreet('Äußere Oybiner Straße'),
			houseNumber: 12,
			suffix: 'a',
			postalCode: null
		});
	});

	it('reads a street without a number', () => {
		expect(parseAddressInput('  Hochwaldstraße ')).toMatchObject({
			street: 'Hochwaldstraße',
			houseNumber: null,
			suffix: null
		});
	});

	it('takes the first number of a range and ignores a space before the letter', () => {
		expect(parseAddressInput('Neustadt 3-5')).toMatchObject({ street: 'Neustadt', houseNumber: 3 });
		expect(parseAddressInput('Markt 1 B')).toMatchObject({ street: 'Markt', houseNumber: 1, suffix: 'b' });
	});

	it('reads a number written without a space', () => {
		expect(parseAddressInput('Hochwaldstraße47')).toMatchObject({ street: 'Hochwaldstraße', houseNumber: 47 });
	});

	it('takes the postal code and drops the town after a full address', () => {
		expect(parseAddressInput('Zittauer Straße 5, 02788 Zittau')).toMatchObject({
			street: 'Zittauer Straße',
			houseNumber: 5,
			postalCode: '02788'
		});
	});

	it('does not mistake a number inside the name for a house number', () => {
		expect(parseAddressInput('Straße des 17. Juni')).toMatchObject({
			street: 'Straße des 17. Juni',
			houseNumber: null
		});
		expect(parseAddressInput('Straße des 17. Juni 4')).toMatchObject({
			street: 'Straße des 17. Juni',
			houseNumber: 4
		});
	});

	it('gives nothing for input without a street or far too long for an address', () => {
		expect(parseAddressInput('')).toBeNull();
		expect(parseAddressInput('  12 ')).toBeNull();
		expect(parseAddressInput('!?')).toBeNull();
		expect(parseAddressInput('Hochwaldstraße '.repeat(20))).toBeNull();
	});
});
