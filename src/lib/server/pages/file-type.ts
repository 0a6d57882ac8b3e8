// What an uploaded file really is, read from its first bytes: the name and the type the browser
// sends are chosen by the uploader and prove nothing.

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

export function isPdf(bytes: Uint8Array): boolean {
	return ascii(bytes, 0, 5) === '%PDF-';
}

export type VideoType = 'video/mp4' | 'video/webm';

/** MP4 (an ISO base media file starting with an `ftyp` box) or WebM (EBML with the doctype "webm"). */
export function videoType(bytes: Uint8Array): VideoType | null {
	if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') return 'video/mp4';
	const isEbml = bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
	if (isEbml && ascii(bytes, 0, 64).includes('webm')) return 'video/webm';
	return null;
}
