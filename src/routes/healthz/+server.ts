import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const report = await checkHealth(getRuntime());
	return json(report, {
		status: report.database === 'ok' ? 200 : 503,
		headers: { 'Cache-Control': 'no-store' }
	});
};
