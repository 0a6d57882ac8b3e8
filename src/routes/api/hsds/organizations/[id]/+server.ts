import { getOrganization } from '$lib/server/hsds/api';
import { exportSettings, respondRecord } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
	respondRecord(await getOrganization(getRuntime().db, exportSettings(), event.params.id));
