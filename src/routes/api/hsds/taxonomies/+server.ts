import { listTaxonomies } from '$lib/server/hsds/api';
import { respondList } from '$lib/server/hsds/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => respondList(await listTaxonomies(url.searchParams));
