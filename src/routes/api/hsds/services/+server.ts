import { listServices } from '$lib/server/hsds/api';
import { exportSettings, respondList } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
	respondList(await listServices(getRuntime().db, exportSettings(), event.url.searchParams));
