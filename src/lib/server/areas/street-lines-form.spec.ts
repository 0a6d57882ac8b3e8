import { describe, expect, it } from 'vitest';
import { parseStreetLines, readStreetLines } from './street-lines-form';

function form(lines: [string, string, string, string, string][]): FormData {
	const data = new FormData();
	for (const [street, plz, from, to, side] of lines) {
		data.append('strasse', street);
		data.append('plz', plz);
		data.append('von', from);
		data.append('bis', to);
		data.append('seite', side);
	}
	return data;
}

function parse(lines: [string, string, string, string, string][]) {
	return parseStreetLines(readStreetLines(form(lines)));
}

describe('the street list form', () => {
	it('reads whole streets and stretches, and drops empty lines', () => {
		const result = parse([
			['Markt', '02763', '', '', 'all'],
			['', '', '', '', 'all'],
			[' Neustadt ', '', '2', '40', 'even']
		]);
		expect(result).toMatchObject({
			ok: true,
			streets: [
				{ streetName: 'Markt', postalCode: '02763', from: null, to: null, parity: 'all' },
				{ streetName: 'Neustadt', postalCode: null, from: 2, to: 40, parity: 'even' }
			]
		});
	});

	it('names the line and the field of each mistake, and keeps what was typed', () => {
		const result = parse([
			['Markt', '2763', '12a', '', 'all'],
			['', '', '5', '', 'all'],
			['Neustadt', '', '9', '3', 'links']
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['bis-3', 'plz-1', 'seite-3', 'strasse-2', 'von-1']);
		expect(result.errors['von-1']).toBe(
			'Zeile 1: Die Hausnummer muss eine ganze Zahl ab 1 sein (ohne Zusatz wie „a“).'
		);
		expect(result.lines[0]).toEqual({ street: 'Markt', postalCode: '2763', from: '12a', to: '', parity: 'all' });
	});
});
