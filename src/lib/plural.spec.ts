import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('German counts', () => {
	it('says "1 Nachricht" and "2 Nachrichten" instead of "Nachricht(en)"', () => {
		expect(countOf(1, 'Nachricht', 'Nachrichten')).toBe('1 Nachricht');
		expect(countOf(2, 'Nachricht', 'Nachrichten')).toBe('2 Nachrichten');
		expect(countOf(0, 'Nachricht', 'Nachrichten')).toBe('0 Nachrichten');
	});
});
