// Which uploads a meeting may carry, recognised by their first bytes rather than by the name or the
// browser's claim. Office files are ZIP (OOXML, OpenDocument) or OLE containers; for those the
// extension picks the exact type among files whose content has that container's signature.

export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

interface Kind {
	contentType: string;
	extensions: string[];
	signature: number[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const KINDS: Kind[] = [
	{ contentType: 'application/pdf', extensions: ['pdf'], signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ contentType: 'image/png', extensions: ['png'], signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
	{ contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], signature: [0xff, 0xd8, 0xff] },
	{ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], signature: ZIP },
	{ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], signature: ZIP },
	{ contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], signature: ZIP },
	{ contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], signature: ZIP },
	{ contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], signature: ZIP },
	{ contentType: 'application/msword', extensions: ['doc'], signature: OLE },
	{ contentType: 'application/vnd.ms-excel', extensions: ['xls'], signature: OLE },
	{ contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'], signature: OLE }
];

export const ALLOWED_EXTENSIONS = KINDS.flatMap((k) => k.extensions);

/** The content type of an allowed file, or null when name and content do not make one of them. */
export function detectFileType(fileName: string, bytes: Uint8Array): string | null {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const kind = KINDS.find((k) => k.extensions.includes(extension));
	if (!kind || bytes.length < kind.signature.length) return null;
	return kind.signature.every((byte, i) => bytes[i] === byte) ? kind.contentType : null;
}

/** A file name safe to store and to send back: no folders, no control characters, at most 120 characters. */
export function cleanFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
	return (cleaned || 'Anhang').slice(-120);
}
