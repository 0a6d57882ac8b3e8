import { describe, expect, it } from 'vitest';
import { cleanFileName, detectFileType } from './file-type';

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);

describe('meeting attachment types', () => {
	it('accepts a PDF whose content starts like a PDF', () => {
		expect(detectFileType('Protokoll.pdf', new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
	});

	it('refuses a text file renamed to .pdf and an executable renamed to .docx', () => {
		expect(detectFileType('Protokoll.pdf', new TextEncoder().encode('hello'))).toBeNull();
		expect(detectFileType('Liste.docx', bytes(0x4d, 0x5a))).toBeNull();
	});

	it('takes the Office type from the extension when the content is a ZIP container', () => {
		expect(detectFileType('Liste.XLSX', bytes(0x50, 0x4b, 0x03, 0x04))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	});

	it('refuses types that are not on the list, whatever their content', () => {
		expect(detectFileType('bild.svg', new TextEncoder().encode('<svg/>'))).toBeNull();
		expect(detectFileType('ohne-endung', new TextEncoder().encode('%PDF-'))).toBeNull();
	});

	it('keeps only the name of an uploaded path and drops quotes and control characters', () => {
		expect(cleanFileName('C:\\Users\\x\\"Plan"\n.pdf')).toBe('Plan.pdf');
	});
});
