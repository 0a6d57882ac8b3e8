import { getTaxonomy } from '$lib/server/hsds/api';
import { respondRecord } from '$lib/server/hsds/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => respondRecord(getTaxonomy(params.id));
