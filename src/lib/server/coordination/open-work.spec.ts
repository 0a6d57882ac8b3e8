import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './open-work';

describe('unfilled template parts', () => {
	it('finds "[Datum eintragen]" but not a Markdown link', () => {
		const text =
			'Erstellt am [Datum eintragen]. Über das [Formular](/barrierefreiheit/rueckmeldung) oder [Adresse des Portals eintragen].';
		expect(findPlaceholders(text)).toEqual(['[Datum eintragen]', '[Adresse des Portals eintragen]']);
	});
});
