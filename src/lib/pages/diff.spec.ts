import { describe, expect, it } from 'vitest';
import { diffLines } from './diff';

describe('diffLines', () => {
	it('marks removed and added lines and keeps the unchanged ones in order', () => {
		expect(diffLines('Titel\nalt\nEnde', 'Titel\nneu\nEnde\nZusatz')).toEqual([
			{ kind: 'same', text: 'Titel' },
			{ kind: 'removed', text: 'alt' },
			{ kind: 'added', text: 'neu' },
			{ kind: 'same', text: 'Ende' },
			{ kind: 'added', text: 'Zusatz' }
		]);
	});

	it('finds nothing changed in equal texts', () => {
		expect(diffLines('a\nb', 'a\nb').every((line) => line.kind === 'same')).toBe(true);
	});
});
