import { describe, expect, it } from 'vitest';
import { parseReportForm } from '../../src/lib/server/pages/report-form';
import { deleteReport, getReportFile, listReports, saveReport } from '../../src/lib/server/pages/reports';
import { getVideoInfo, readVideoBytes, removeVideo, saveVideo } from '../../src/lib/server/pages/sign-language-video';
import { parseVideoForm } from '../../src/lib/server/pages/video-form';
import { useCoordinatorDatabase } from '../helpers/coordinator-database';
import { formData } from '../helpers/form-data';

const PDF = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const MP4 = new Uint8Array([
	0,
	0,
	0,
	0x18,
	...new TextEncoder().encode('ftypisom'),
	0,
	0,
	2,
	0,
	...new TextEncoder().encode('isomiso2')
]);
const WEBM = new Uint8Array([
	0x1a,
	0x45,
	0xdf,
	0xa3,
	0x9f,
	0x42,
	0x86,
	0x81,
	0x01,
	0x42,
	0x82,
	0x84,
	...new TextEncoder().encode('webm'),
	0x42,
	0x87
]);
const TRANSCRIPT = 'Willkommen im Partnernetzwerk des Kommunalen Präventionsrates Zittau.';

function upload(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type: string }): FormData {
	const form = formData(fields);
	if (file) form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
	return form;
}

describe('reports of the security analysis', () => {
	const portal = useCoordinatorDatabase();

	it('are accepted as a PDF with title and year, and served under a name made from them', async () => {
		const result = await parseReportForm(
			upload(
				{ title: 'Sicherheitsanalyse Zittau', year: '2025' },
				{ bytes: PDF, name: 'x.pdf', type: 'application/pdf' }
			)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const id = await saveReport(
			portal.db,
			{ title: result.values.title, year: result.year, data: result.data },
			portal.coordinatorId
		);

		expect(await listReports(portal.db)).toEqual([
			expect.objectContaining({
				id,
				title: 'Sicherheitsanalyse Zittau',
				year: 2025,
				size: PDF.byteLength,
				contentType: 'application/pdf'
			})
		]);
		const file = await getReportFile(portal.db, id);
		expect(file).toMatchObject({ fileName: 'sicherheitsanalyse-zittau-2025.pdf', contentType: 'application/pdf' });
		expect(Buffer.from(file!.data).equals(Buffer.from(PDF))).toBe(true);
	});

	it('are refused when the file only claims to be a PDF', async () => {
		const result = await parseReportForm(
			upload({ title: 'Bericht', year: '2025' }, { bytes: PNG, name: 'bericht.pdf', type: 'application/pdf' })
		);
		expect(result).toMatchObject({ ok: false, errors: { file: expect.stringContaining('kein PDF') } });
	});

	it('are refused above 10 MB, with the entered title and year kept', async () => {
		const big = new Uint8Array(10 * 1024 * 1024 + 1);
		big.set(PDF);
		const result = await parseReportForm(
			upload(
				{ title: 'Großer Bericht', year: '2024' },
				{ bytes: big, name: 'gross.pdf', type: 'application/pdf' }
			)
		);
		expect(result).toMatchObject({
			ok: false,
			values: { title: 'Großer Bericht', year: '2024' },
			errors: { file: expect.stringContaining('10 MB') }
		});
	});

	it('need a title, a four-digit year and a file', async () => {
		const result = await parseReportForm(upload({ title: '', year: '25' }), new Date('2026-12-01'));
		expect(result).toMatchObject({
			ok: false,
			errors: {
				title: expect.any(String),
				year: expect.stringContaining('2026'),
				file: expect.stringContaining('PDF-Datei')
			}
		});
	});

	it('can be deleted, after which they are gone', async () => {
		const id = await saveReport(portal.db, { title: 'Alt', year: 2023, data: PDF }, portal.coordinatorId);
		expect(await deleteReport(portal.db, id)).toBe(true);
		expect(await getReportFile(portal.db, id)).toBeNull();
		expect(await deleteReport(portal.db, id)).toBe(false);
	});
});

describe('the sign-language video of the start page', () => {
	const portal = useCoordinatorDatabase();

	it('is recognised as MP4 or WebM by its content', async () => {
		const mp4 = await parseVideoForm(
			upload({ transcript: TRANSCRIPT }, { bytes: MP4, name: 'dgs.bin', type: 'application/octet-stream' })
		);
		expect(mp4).toMatchObject({ ok: true, contentType: 'video/mp4' });
		const webm = await parseVideoForm(
			upload({ transcript: TRANSCRIPT }, { bytes: WEBM, name: 'dgs.webm', type: 'video/webm' })
		);
		expect(webm).toMatchObject({ ok: true, contentType: 'video/webm' });
	});

	it('is refused when it is no video, whatever its name, and when its text is missing', async () => {
		const fake = await parseVideoForm(
			upload({ transcript: 'kurz' }, { bytes: PDF, name: 'dgs.mp4', type: 'video/mp4' })
		);
		expect(fake).toMatchObject({
			ok: false,
			values: { transcript: 'kurz' },
			errors: {
				file: expect.stringContaining('kein MP4- oder WebM-Video'),
				transcript: expect.stringContaining('mindestens 20 Zeichen')
			}
		});
	});

	it('is refused above 40 MB', async () => {
		const big = new Uint8Array(40 * 1024 * 1024 + 1);
		big.set(MP4);
		const result = await parseVideoForm(
			upload({ transcript: TRANSCRIPT }, { bytes: big, name: 'dgs.mp4', type: 'video/mp4' })
		);
		expect(result).toMatchObject({ ok: false, errors: { file: expect.stringContaining('40 MB') } });
	});

	it('replaces the previous one and can be removed again', async () => {
		expect(await getVideoInfo(portal.db)).toBeNull();
		await saveVideo(
			portal.db,
			{ contentType: 'video/mp4', data: MP4, transcript: TRANSCRIPT },
			portal.coordinatorId
		);
		await saveVideo(
			portal.db,
			{ contentType: 'video/webm', data: WEBM, transcript: 'Zweites Video' },
			portal.coordinatorId
		);

		expect(await getVideoInfo(portal.db)).toMatchObject({
			contentType: 'video/webm',
			size: WEBM.byteLength,
			transcript: 'Zweites Video'
		});
		expect(new Uint8Array((await readVideoBytes(portal.db, { start: 0, end: WEBM.byteLength - 1 }))!)).toEqual(
			WEBM
		);
		await removeVideo(portal.db);
		expect(await readVideoBytes(portal.db, { start: 0, end: 1 })).toBeNull();
	});

	it('reads only the asked range of a 30 MB video, quickly, from SQLite', async () => {
		const big = new Uint8Array(30 * 1024 * 1024);
		for (let i = 0; i < big.length; i += 4096) big[i] = (i / 4096) % 251;
		big.set(MP4);
		await saveVideo(
			portal.db,
			{ contentType: 'video/mp4', data: big, transcript: TRANSCRIPT },
			portal.coordinatorId
		);
		await readVideoBytes(portal.db, { start: 0, end: 1 });
		const started = performance.now();
		const part = await readVideoBytes(portal.db, { start: 4096 * 3000, end: 4096 * 3000 + 1 });
		const elapsed = performance.now() - started;
		expect([...part!]).toEqual([...big.subarray(4096 * 3000, 4096 * 3000 + 2)]);
		expect(elapsed).toBeLessThan(100);
		await removeVideo(portal.db);
	});
});
