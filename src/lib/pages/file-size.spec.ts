import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
	it('gives the size the way each language writes it', () => {
		expect(formatFileSize(1_234_567, 'de')).toBe('1,2 MB');
		expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
		expect(formatFileSize(84_000, 'de')).toBe('84 kB');
		expect(formatFileSize(12, 'de')).toBe('1 kB');
	});
});
