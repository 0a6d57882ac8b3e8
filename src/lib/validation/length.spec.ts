import { describe, expect, it } from 'vitest';
import { tooLongMessage } from './length';

describe('tooLongMessage', () => {
	it('says how long the text may be and how long it is, with German digit grouping', () => {
		expect(tooLongMessage('Die Beschreibung', 10_000, 10_001)).toBe(
			'Die Beschreibung darf höchstens 10.000 Zeichen lang sein (jetzt 10.001).'
		);
	});

	it('writes small numbers without grouping', () => {
		expect(tooLongMessage('Der Titel', 120, 131)).toBe(
			'Der Titel darf höchstens 120 Zeichen lang sein (jetzt 131).'
		);
	});
});
