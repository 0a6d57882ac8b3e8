import { describe, expect, it } from 'vitest';
import { findLinks } from './links';

describe('findLinks', () => {
	it('finds every http and https link in a text, in order', () => {
		const text = 'Erst http://localhost:3000/einladung/abc.def dann\nhttps://kpr.example/passwort?token=x&y=1';
		expect(findLinks(text)).toEqual([
			'http://localhost:3000/einladung/abc.def',
			'https://kpr.example/passwort?token=x&y=1'
		]);
	});

	it('leaves out the punctuation that ends a sentence or a bracket', () => {
		expect(
			findLinks('Siehe https://kpr.example/a. Oder (https://kpr.example/b), „https://kpr.example/c“!')
		).toEqual(['https://kpr.example/a', 'https://kpr.example/b', 'https://kpr.example/c']);
	});

	it('finds nothing in a text without links', () => {
		expect(findLinks('Vielen Dank für Ihre Bewerbung.')).toEqual([]);
	});
});
