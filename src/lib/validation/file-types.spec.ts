import { describe, expect, it } from 'vitest';
import { cleanFileName, documentType, imageFormat, isPdf, tooLargeMessage, videoType } from './file-types';

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);

describe('document types (meeting attachments)', () => {
	it('accepts a PDF whose content starts like a PDF', () => {
		expect(documentType('Protokoll.pdf', new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
	});

	it('refuses a text file renamed to .pdf and an executable renamed to .docx', () => {
		expect(documentType('Protokoll.pdf', new TextEncoder().encode('hello'))).toBeNull();
		expect(documentType('Liste.docx', bytes(0x4d, 0x5a))).toBeNull();
	});

	it('takes the Office type from the extension when the content is a ZIP container', () => {
		expect(documentType('Liste.XLSX', bytes(0x50, 0x4b, 0x03, 0x04))).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
	});

	it('refuses types that are not on the list, whatever their content', () => {
		expect(documentType('bild.svg', new TextEncoder().encode('<svg/>'))).toBeNull();
		expect(documentType('ohne-endung', new TextEncoder().encode('%PDF-'))).toBeNull();
	});

	it('keeps only the name of an uploaded path and drops quotes and control characters', () => {
		expect(cleanFileName('C:\\Users\\x\\"Plan"\n.pdf')).toBe('Plan.pdf');
	});
});

describe('images, PDFs and videos', () => {
	const text = (value: string) => new TextEncoder().encode(value);

	it('knows PNG, JPEG and WebP by their first bytes, and nothing else as an image', () => {
		expect(imageFormat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
		expect(imageFormat(bytes(0xff, 0xd8, 0xff))).toBe('jpeg');
		expect(imageFormat(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
		expect(imageFormat(text('<svg/>'))).toBeNull();
	});

	it('tells a PDF, an MP4 and a WebM from a renamed text file', () => {
		expect(isPdf(text('%PDF-1.4'))).toBe(true);
		expect(isPdf(text('hello'))).toBe(false);
		expect(videoType(text('\0\0\0\x18ftypmp42\0\0\0\0'))).toBe('video/mp4');
		expect(videoType(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...text('\x42\x82\x84webm')]))).toBe('video/webm');
		expect(videoType(text('hello world!'))).toBeNull();
	});

	it('says how large a file may be in megabytes', () => {
		expect(tooLargeMessage('Das Logo', 2 * 1024 * 1024)).toBe('Das Logo darf höchstens 2 MB groß sein.');
	});
});
