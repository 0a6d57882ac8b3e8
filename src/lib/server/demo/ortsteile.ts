import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ORTSTEILE } from './zittau';

/** Inserts Zittau's Ortsteile as 'ortsteil' terms; existing codes keep their id and get the current label. */
export async function loadOrtsteile(db: Kysely<Database>): Promise<number> {
	await db
		.insertInto('taxonomy_terms')
		.values(ORTSTEILE.map(({ code, label }, position) => ({ taxonomy: 'ortsteil', code, label, position })))
		.onConflict((oc) =>
			oc.columns(['taxonomy', 'code']).doUpdateSet((eb) => ({
				label: eb.ref('excluded.label'),
				position: eb.ref('excluded.position')
			}))
		)
		.execute();
	return ORTSTEILE.length;
}
