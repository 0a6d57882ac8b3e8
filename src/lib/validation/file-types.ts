// What an uploaded file really is, read from its first bytes: the name and the type the browser sends
// are chosen by the uploader and prove nothing. Office files are ZIP (OOXML, OpenDocument) or OLE
// containers; for those the extension picks the exact type among files with that container's signature.

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
	bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "Das Logo darf höchstens 2 MB groß sein." — subject with its article. */
export function tooLargeMessage(subject: string, maxBytes: number): string {
	return `${subject} darf höchstens ${(maxBytes / 1024 / 1024).toLocaleString('de-DE')} MB groß sein.`;
}

export function isPdf(bytes: Uint8Array): boolean {
	return startsWith(bytes, PDF);
}

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export function imageFormat(bytes: Uint8Array): ImageFormat | null {
	if (startsWith(bytes, PNG)) return 'png';
	if (startsWith(bytes, JPEG)) return 'jpeg';
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
	return null;
}

export type VideoType = 'video/mp4' | 'video/webm';

/** MP4 (an ISO base media file starting with an `ftyp` box) or WebM (EBML with the doctype "webm"). */
export function videoType(bytes: Uint8Array): VideoType | null {
	if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') return 'video/mp4';
	if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(bytes, 0, 64).includes('webm')) return 'video/webm';
	return null;
}

const DOCUMENT_KINDS: { contentType: string; extensions: string[]; signature: number[] }[] = [
	{ contentType: 'application/pdf', extensions: ['pdf'], signature: PDF },
	{ contentType: 'image/png', extensions: ['png'], signature: PNG },
	{ contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], signature: JPEG },
	{
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		extensions: ['docx'],
		signature: ZIP
	},
	{
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extensions: ['xlsx'],
		signature: ZIP
	},
	{
		contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		extensions: ['pptx'],
		signature: ZIP
	},
	{ contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], signature: ZIP },
	{ contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], signature: ZIP },
	{ contentType: 'application/msword', extensions: ['doc'], signature: OLE },
	{ contentType: 'application/vnd.ms-excel', extensions: ['xls'], signature: OLE },
	{ contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'], signature: OLE }
];

/** The extensions a document upload (a meeting's attachment) may have. */
export const DOCUMENT_EXTENSIONS = DOCUMENT_KINDS.flatMap((k) => k.extensions);

/** The content type of an allowed document, or null when name and content do not make one of them. */
export function documentType(fileName: string, bytes: Uint8Array): string | null {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const kind = DOCUMENT_KINDS.find((k) => k.extensions.includes(extension));
	return kind && startsWith(bytes, kind.signature) ? kind.contentType : null;
}

/** A file name safe to store and to send back: no folders, no control characters, at most 120 characters. */
export function cleanFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
	return (cleaned || 'Anhang').slice(-120);
}
