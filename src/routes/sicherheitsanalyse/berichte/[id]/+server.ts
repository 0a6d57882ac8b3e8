import { error } from '@sveltejs/kit';
import { getReportFile } from '$lib/server/pages/reports';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// A report of the security analysis as a download; only checked PDFs are ever stored.
export const GET: RequestHandler = async ({ params }) => {
	const id = Number(params.id);
	const report = Number.isInteger(id) && id > 0 ? await getReportFile(getRuntime().db, id) : null;
	if (!report) error(404, 'Bericht nicht gefunden');
	return new Response(Buffer.from(report.data), {
		headers: {
			'Content-Type': report.contentType,
			'Content-Length': String(report.data.byteLength),
			'Content-Disposition': `attachment; filename="${report.fileName}"`,
			'Cache-Control': 'public, max-age=300'
		}
	});
};
