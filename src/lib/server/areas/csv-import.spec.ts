import { describe, expect, it } from 'vitest';
import { parseStreetCsv, type ImportArea } from './csv-import';

const AREAS: ImportArea[] = [
	{ id: 1, name: 'Zittau-Süd und Zittau-Ost', kind: 'buergerpolizei' },
	{ id: 2, name: 'Zittau-Nord und Zittau-West', kind: 'buergerpolizei' },
	{ id: 3, name: 'Schulbezirk Weinaupark', kind: 'schulbezirk' }
];

const HEADER = 'strasse;plz;von;bis;seite;bereich';

function csv(...lines: string[]): string {
	return [HEADER, ...lines].join('\n');
}

describe('parseStreetCsv', () => {
	it('reads streets with ranges, sides and areas', () => {
		const preview = parseStreetCsv(
			csv(
				'Äußere Oybiner Straße;02763;1;49;alle;Zittau-Süd und Zittau-Ost',
				'Äußere Oybiner Str.;02763;50;199;;zittau-nord und zittau-west',
				'Karl-Liebknecht-Ring;;;;ungerade;Zittau-Süd und Zittau-Ost',
				'Karl-Liebknecht-Ring;;;;gerade;Zittau-Nord und Zittau-West'
			),
			AREAS
		);
		expect(preview.rejected).toEqual([]);
		expect(preview.rows[0].raw).toBe('Äußere Oybiner Straße;02763;1;49;alle;Zittau-Süd und Zittau-Ost');
		expect(preview.rows).toMatchObject([
			{
				line: 2,
				areaId: 1,
				streetName: 'Äußere Oybiner Straße',
				postalCode: '02763',
				from: 1,
				to: 49,
				parity: 'all'
			},
			{
				line: 3,
				areaId: 2,
				streetName: 'Äußere Oybiner Str.',
				postalCode: '02763',
				from: 50,
				to: 199,
				parity: 'all'
			},
			{
				line: 4,
				areaId: 1,
				streetName: 'Karl-Liebknecht-Ring',
				postalCode: null,
				from: null,
				to: null,
				parity: 'odd'
			},
			{
				line: 5,
				areaId: 2,
				streetName: 'Karl-Liebknecht-Ring',
				postalCode: null,
				from: null,
				to: null,
				parity: 'even'
			}
		]);
	});

	it('rejects bad lines with a German reason and their line number, and keeps the good ones', () => {
		const preview = parseStreetCsv(
			csv(
				'Hochwaldstraße;02763;x;10;alle;Zittau-Süd und Zittau-Ost',
				'Schillerstraße;02763;50;10;alle;Zittau-Süd und Zittau-Ost',
				';02763;1;10;alle;Zittau-Süd und Zittau-Ost',
				'Kantstraße;02763;;;links;Zittau-Süd und Zittau-Ost',
				'Südstraße;02763;;;;Oybin',
				'Lessingstraße;2763;;;;Zittau-Nord und Zittau-West',
				'Südstraße;02763;;;;',
				'Chopinstraße;02763;;;;Zittau-Süd und Zittau-Ost'
			),
			AREAS
		);
		expect(preview.rows.map((row) => row.streetName)).toEqual(['Chopinstraße']);
		expect(preview.rejected.map(({ line, reason }) => ({ line, reason }))).toEqual([
			{ line: 2, reason: "Hausnummer 'x' ist keine Zahl" },
			{ line: 3, reason: 'von (50) ist größer als bis (10)' },
			{ line: 4, reason: 'Straße fehlt' },
			{ line: 5, reason: "seite 'links' muss alle, gerade oder ungerade sein" },
			{
				line: 6,
				reason: "unbekannter Bereich 'Oybin' (bekannt: Zittau-Süd und Zittau-Ost, Zittau-Nord und Zittau-West, Schulbezirk Weinaupark)"
			},
			{ line: 7, reason: "PLZ '2763' muss fünfstellig sein" },
			{ line: 8, reason: 'Bereich fehlt' }
		]);
		expect(preview.rejected[0].raw).toBe('Hochwaldstraße;02763;x;10;alle;Zittau-Süd und Zittau-Ost');
	});

	it('names every problem of a line at once', () => {
		const preview = parseStreetCsv(csv(';;0;12b;beide;Zittau-Süd und Zittau-Ost'), AREAS);
		expect(preview.rejected[0].reason).toBe(
			"Straße fehlt; Hausnummer '0' ist keine Zahl; Hausnummer '12b' ist keine Zahl; seite 'beide' muss alle, gerade oder ungerade sein"
		);
	});

	it('rejects a range that overlaps an earlier line for the same street and kind of area', () => {
		const preview = parseStreetCsv(
			csv(
				'Äußere Oybiner Straße;;1;50;;Zittau-Süd und Zittau-Ost',
				'Aeussere Oybiner Str.;;50;199;;Zittau-Nord und Zittau-West',
				'Äußere Oybiner Straße;;51;199;gerade;Zittau-Nord und Zittau-West',
				'Äußere Oybiner Straße;;;;;Schulbezirk Weinaupark'
			),
			AREAS
		);
		expect(preview.rejected.map(({ line, reason }) => ({ line, reason }))).toEqual([
			{ line: 3, reason: 'überschneidet sich mit Zeile 2 (Äußere Oybiner Straße, Nr. 1–50)' }
		]);
		expect(preview.rows.map((row) => row.line)).toEqual([2, 4, 5]);
	});

	it('reads a file with a byte order mark, commas and Windows line ends', () => {
		const bytes = new TextEncoder().encode(
			'\uFEFFstrasse,plz,von,bis,seite,bereich\r\nMarkt,02763,,,,Schulbezirk Weinaupark\r\n'
		);
		const preview = parseStreetCsv(bytes, AREAS);
		expect(preview.rejected).toEqual([]);
		expect(preview.rows).toMatchObject([{ streetName: 'Markt', postalCode: '02763', areaId: 3 }]);
	});

	it('keeps separators and quotes inside quoted fields', () => {
		const preview = parseStreetCsv(
			csv('"Straße ""Am Ring""; Nordseite";02763;1;9;ungerade;"Zittau-Süd und Zittau-Ost"'),
			AREAS
		);
		expect(preview.rejected).toEqual([]);
		expect(preview.rows[0]).toMatchObject({
			streetName: 'Straße "Am Ring"; Nordseite',
			from: 1,
			to: 9,
			parity: 'odd'
		});
	});

	it('counts lines across a quoted line break and reports an unclosed quote', () => {
		const preview = parseStreetCsv(
			csv(
				'"Markt\nNord";;;;;Schulbezirk Weinaupark',
				'Neustadt;;;;;Schulbezirk Weinaupark',
				'"Frauenstraße;;;;;'
			),
			AREAS
		);
		expect(preview.rows.map((row) => row.line)).toEqual([2, 4]);
		expect(preview.rejected).toEqual([
			{ line: 5, raw: '"Frauenstraße;;;;;', reason: 'Anführungszeichen wird nicht geschlossen' }
		]);
	});

	it('reports a line with more columns than the header', () => {
		const preview = parseStreetCsv(csv('Markt;02763;1;9;alle;Schulbezirk Weinaupark;extra'), AREAS);
		expect(preview.rejected[0].reason).toBe(
			'7 Spalten statt 6: Felder mit Trennzeichen in Anführungszeichen setzen'
		);
	});

	it('needs no area column when importing into one area, and skips empty lines', () => {
		const preview = parseStreetCsv('Straße;von;bis\nMarkt;1;20\n\n;;\nNeustadt;;\n', [AREAS[2]]);
		expect(preview.rejected).toEqual([]);
		expect(preview.rows).toMatchObject([
			{ streetName: 'Markt', from: 1, to: 20, areaId: 3 },
			{ streetName: 'Neustadt', from: null, to: null, areaId: 3 }
		]);
	});

	it('rejects a file whose header lacks the street column', () => {
		const preview = parseStreetCsv('name;von\nMarkt;1\n', AREAS);
		expect(preview.rows).toEqual([]);
		expect(preview.rejected).toEqual([
			{
				line: 1,
				raw: 'name;von',
				reason: 'Kopfzeile unvollständig: Spalte strasse, bereich fehlt (erwartet: strasse;plz;von;bis;seite;bereich)'
			}
		]);
	});

	it('reads a file that Excel saved as Windows-1252 instead of UTF-8', () => {
		const bytes = Uint8Array.from([
			...new TextEncoder().encode('strasse\nS'),
			0xfc,
			...new TextEncoder().encode('dstra'),
			0xdf,
			0x65
		]);
		expect(parseStreetCsv(bytes, [AREAS[0]]).rows).toMatchObject([{ streetName: 'Südstraße' }]);
	});
});
