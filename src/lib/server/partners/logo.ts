import sharp, { type OutputInfo } from 'sharp';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_EDGE = 512;
// A small file can still declare a gigantic canvas; refuse before decoding it.
const MAX_INPUT_PIXELS = 40_000_000;

export interface ProcessedLogo {
	image: Buffer;
	contentType: 'image/webp';
	width: number;
	height: number;
}

/** A German message for the person who uploaded the file. */
export class LogoError extends Error {}

/**
 * Accepts PNG, JPEG and WebP by their content (not their name or declared type), and returns a
 * fresh WebP of at most 512 px per edge: re-encoding drops anything hidden in the file, and sharp
 * writes no metadata (EXIF, GPS, ICC comments) unless asked to.
 */
export async function processLogo(bytes: Uint8Array): Promise<ProcessedLogo> {
	if (bytes.length === 0) throw new LogoError('Bitte wählen Sie eine Bilddatei aus.');
	if (bytes.length > MAX_LOGO_BYTES) throw new LogoError('Das Logo darf höchstens 2 MB groß sein.');
	if (!sniffFormat(bytes)) throw new LogoError('Bitte laden Sie ein Bild im Format PNG, JPEG oder WebP hoch.');
	let output: { data: Buffer; info: OutputInfo };
	try {
		output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false })
			.rotate()
			.resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 85 })
			.toBuffer({ resolveWithObject: true });
	} catch (error) {
		throw new LogoError('Das Bild konnte nicht gelesen werden. Bitte speichern Sie es neu als PNG oder JPEG.', {
			cause: error
		});
	}
	return { image: output.data, contentType: 'image/webp', width: output.info.width, height: output.info.height };
}

type Format = 'png' | 'jpeg' | 'webp';

function sniffFormat(b: Uint8Array): Format | null {
	const starts = (offset: number, signature: number[]) => signature.every((byte, i) => b[offset + i] === byte);
	if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (starts(0, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
	return null;
}
