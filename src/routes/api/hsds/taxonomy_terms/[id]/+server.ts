import { getTaxonomyTerm } from '$lib/server/hsds/api';
import { respondRecord } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) =>
	respondRecord(await getTaxonomyTerm(getRuntime().db, params.id));
