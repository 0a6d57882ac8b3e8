import { requireCoordinator } from '$lib/server/auth/guards';
import { importTemplateCsv } from '$lib/server/partner-import/template';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	requireCoordinator(event);
	return new Response(importTemplateCsv(), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="partnerliste-vorlage.csv"'
		}
	});
};
