import { json } from '@sveltejs/kit';
import { describeApi } from '$lib/server/hsds/api';
import { exportSettings } from '$lib/server/hsds/respond';
import type { RequestHandler } from './$types';

/** Open Referral HSDS 3.0 API: public and read-only, like everything under /api/hsds. */
export const GET: RequestHandler = () => json(describeApi(exportSettings()));
