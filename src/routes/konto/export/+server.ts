import { exportAccountData } from '$lib/server/accounts/data-export';
import { getRuntime } from '$lib/server/runtime';
import { requireAccountOwner } from '../account-guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireAccountOwner(event);
	const data = await exportAccountData(getRuntime().db, user.id);
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="kpr-konto-${day}.json"`
		}
	});
};
