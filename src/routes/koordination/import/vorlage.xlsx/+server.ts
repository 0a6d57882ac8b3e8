import { requireCoordinator } from '$lib/server/auth/guards';
import { importTemplateXlsx } from '$lib/server/partner-import/template';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireCoordinator(event);
	return new Response(new Uint8Array(await importTemplateXlsx()), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': 'attachment; filename="partnerliste-vorlage.xlsx"'
		}
	});
};
