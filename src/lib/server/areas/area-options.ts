import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listTerms } from '../partners/queries';
import { listAreaOwnerOptions } from './admin-queries';
import { AREA_KINDS } from './kinds';

/** What the area form offers: partners, kinds and Ortsteile. */
export async function loadAreaFormOptions(db: Kysely<Database>) {
	const [organizations, ortsteile] = await Promise.all([listAreaOwnerOptions(db), listTerms(db, 'ortsteil')]);
	return { organizations, ortsteile, kinds: AREA_KINDS };
}
