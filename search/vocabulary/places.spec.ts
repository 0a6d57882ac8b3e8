import { describe, expect, it } from 'vitest';
import { areaNamePlace, buildPlaceIndex, placeAt } from './places';

const row = (place: string, partner: string) => ({ place, partner, category: 'Polizei' });
const places = buildPlaceIndex([
	row('Schlegel', 'Bürgerpolizist Hirschfelde'),
	row('Schlegeler Weg', 'Bürgerpolizist Hirschfelde'),
	row('Hirschfelde', 'Bürgerpolizist Hirschfelde'),
	row('Hirschfelds', 'Bürgerpolizist Süd'),
	row('Dittelsdorf', 'Bürgerpolizist Süd'),
	row('Eckartsberg', 'Bürgerpolizist Nord'),
	row('Olbersdorf', 'Bürgerpolizist Nord'),
	row('Oybin', 'Bürgerpolizist Süd'),
	row('Leipziger Straße', 'Bürgerpolizistin West'),
	row('Zittau-Süd', 'Bürgerpolizist Süd'),
	row('Bahnhofstraße', 'Bürgerpolizist Innenstadt'),
	{ ...row('Äußere Oybiner Straße', 'Bürgerpolizist Süd'), range: { from: 1, to: 49, parity: 'all' as const } },
	{ ...row('Äußere Oybiner Straße', 'Bürgerpolizistin West'), range: { from: 50, to: null, parity: 'all' as const } },
	{ ...row('Äußere Oybiner Straße', 'Bürgerpolizist Süd'), range: { from: 51, to: null, parity: 'odd' as const } }
]);
const partnerOf = (word: string) => placeAt([word], 0, places)?.partners.map((p) => p.name) ?? null;

describe('placeAt', () => {
	it('reads a village with a Polish or Czech case ending, up to two letters more or one less', () => {
		expect(partnerOf('Schlegelu')).toEqual(['Bürgerpolizist Hirschfelde']);
		expect(partnerOf('Dittelsdorfie')).toEqual(['Bürgerpolizist Süd']);
		expect(partnerOf('Olbersdorfu')).toEqual(['Bürgerpolizist Nord']);
		expect(partnerOf('Eckartsber')).toEqual(['Bürgerpolizist Nord']);
	});

	it('reads a quarter of the town named in Polish, Czech or English', () => {
		const quarter = (...words: string[]) => placeAt(words, 0, places)?.partners.map((p) => p.name) ?? null;
		expect(quarter('Zittau', 'Południe')).toEqual(['Bürgerpolizist Süd']);
		expect(quarter('Zittau-jih')).toBeNull();
		expect(quarter('Zittau', 'jih')).toEqual(['Bürgerpolizist Süd']);
		expect(quarter('Zittau', 'south')).toEqual(['Bürgerpolizist Süd']);
		expect(quarter('Zittau', 'sever')).toBeNull();
	});

	it('does not stretch a name further than a case ending', () => {
		expect(partnerOf('Schlegelowie')).toBeNull();
		expect(partnerOf('Dittels')).toBeNull();
		expect(partnerOf('Olbersdorfska')).toBeNull();
	});

	it('reads short names only as written', () => {
		expect(partnerOf('Oybin')).toEqual(['Bürgerpolizist Süd']);
		expect(partnerOf('Oybinu')).toBeNull();
	});

	it('takes the place listed first when a word could be two', () => {
		expect(partnerOf('Hirschfeldu')).toEqual(['Bürgerpolizist Hirschfelde']);
	});

	it('prefers a run of words that is a place to one inflected word', () => {
		expect(placeAt(['Schlegeler', 'Weg', 'Nr.'], 0, places)?.length).toBe(2);
	});

	it('reads a street without its „Straße“ after a Polish or Czech word for street, and only then', () => {
		expect(placeAt(['dzielnicowy', 'ul', 'Leipziger'], 2, places)?.partners.map((p) => p.name)).toEqual([
			'Bürgerpolizistin West'
		]);
		expect(placeAt(['ulice', 'Leipziger'], 1, places)?.length).toBe(1);
		expect(placeAt(['am', 'Bahnhof'], 1, places)).toBeNull();
		expect(placeAt(['Leipziger'], 0, places)).toBeNull();
	});

	it('keeps the partners of a split street whose stretch covers the house number that follows', () => {
		const at = (...words: string[]) => placeAt(words, 0, places);
		expect(at('Äußere', 'Oybiner', 'Straße', '12')).toEqual({
			length: 4,
			partners: [expect.objectContaining({ name: 'Bürgerpolizist Süd' })]
		});
		expect(at('Aeussere', 'Oybiner', 'Str', '120')?.partners.map((p) => p.name)).toEqual(['Bürgerpolizistin West']);
		expect(at('Äußere', 'Oybiner', 'Straße', '53')?.partners.map((p) => p.name)).toEqual([
			'Bürgerpolizist Süd',
			'Bürgerpolizistin West'
		]);
		expect(at('Äußere', 'Oybiner', 'Straße')?.partners.map((p) => p.name)).toEqual([
			'Bürgerpolizist Süd',
			'Bürgerpolizistin West'
		]);
		expect(at('Äußere', 'Oybiner', 'Straße', 'bitte')?.length).toBe(3);
	});
});

describe('areaNamePlace', () => {
	it('reads the quarter an area is named after, not a number, a short word or a word for any area', () => {
		expect(areaNamePlace('Altstadt innerhalb des Rings')).toBe('Altstadt');
		expect(areaNamePlace('Zittau-Nord, Zittau-West und Pethau')).toBe('Zittau-Nord');
		expect(areaNamePlace('3. Revier')).toBeNull();
		expect(areaNamePlace('Am Ring')).toBeNull();
		expect(areaNamePlace('Revier Nord')).toBeNull();
		expect(areaNamePlace('Stadtteil Mitte und Bahnhof')).toBeNull();
	});
});
