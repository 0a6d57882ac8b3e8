import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LogoError, MAX_LOGO_BYTES, processLogo } from './logo';

/** The PNG with other dimensions in its header (and a matching checksum), as a decompression bomb declares. */
function withDeclaredSize(png: Buffer, width: number, height: number): Buffer {
	const patched = Buffer.from(png);
	// Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4), …, CRC.
	patched.writeUInt32BE(width, 16);
	patched.writeUInt32BE(height, 20);
	patched.writeUInt32BE(crc32(patched.subarray(12, 29)), 29);
	return patched;
}

function image(width: number, height: number) {
	return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });
}

describe('logo upload', () => {
	it('re-encodes a large JPEG as a WebP of at most 512 px without its camera metadata', async () => {
		const jpeg = await image(2000, 1000)
			.withExif({ IFD0: { Make: 'Geheimkamera', Artist: 'Erika Mustermann' } })
			.jpeg()
			.toBuffer();
		expect((await sharp(jpeg).metadata()).exif).toBeDefined();

		const logo = await processLogo(jpeg);

		expect(logo).toMatchObject({ contentType: 'image/webp', width: 512, height: 256 });
		const meta = await sharp(logo.image).metadata();
		expect(meta.format).toBe('webp');
		expect(meta.exif).toBeUndefined();
		expect(logo.image.includes(Buffer.from('Geheimkamera'))).toBe(false);
	});

	it('keeps a small PNG at its size', async () => {
		const logo = await processLogo(await image(120, 80).png().toBuffer());
		expect([logo.width, logo.height]).toEqual([120, 80]);
	});

	it('judges a file by its content, not its name: an SVG or HTML file is refused', async () => {
		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		await expect(processLogo(svg)).rejects.toThrow('Bitte laden Sie ein Bild im Format PNG, JPEG oder WebP hoch.');
	});

	it('refuses a file over 2 MB and a broken image with a German message', async () => {
		await expect(processLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).rejects.toThrow('höchstens 2 MB');
		const truncated = (await image(300, 300).png().toBuffer()).subarray(0, 200);
		await expect(processLogo(truncated)).rejects.toBeInstanceOf(LogoError);
	});

	it('refuses a small file that declares a gigantic canvas before decoding it', async () => {
		const bomb = withDeclaredSize(await image(10, 10).png().toBuffer(), 50_000, 50_000);
		expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(50_000);
		await expect(processLogo(bomb)).rejects.toBeInstanceOf(LogoError);
	});
});
