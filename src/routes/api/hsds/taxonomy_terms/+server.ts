import { listTaxonomyTerms } from '$lib/server/hsds/api';
import { respondList } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) =>
	respondList(await listTaxonomyTerms(getRuntime().db, url.searchParams));
