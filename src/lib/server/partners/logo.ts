import sharp, { type OutputInfo } from 'sharp';
import { imageFormat, tooLargeMessage } from '$lib/validation/file-types';

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
	if (bytes.length > MAX_LOGO_BYTES) throw new LogoError(tooLargeMessage('Das Logo', MAX_LOGO_BYTES));
	if (!imageFormat(bytes)) throw new LogoError('Bitte laden Sie ein Bild im Format PNG, JPEG oder WebP hoch.');
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
