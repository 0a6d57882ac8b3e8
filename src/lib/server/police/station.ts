import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The police station whose number an unanswered street lookup offers. The station is a partner like
 * any other; the KPR Zittau's is this one. Another town changes the slug here.
 */
export const POLICE_STATION_SLUG = 'polizeirevier-zittau';

export interface PoliceStation {
	slug: string;
	name: string;
	phone: string | null;
}

export async function getPoliceStation(db: Kysely<Database>): Promise<PoliceStation | null> {
	const row = await db
		.selectFrom('organizations as o')
		.leftJoin('phones as p', 'p.organization_id', 'o.id')
		.select(['o.slug', 'o.name', 'p.number'])
		.where('o.slug', '=', POLICE_STATION_SLUG)
		.where('o.status', '=', 'published')
		.orderBy('p.position')
		.executeTakeFirst();
	return row ? { slug: row.slug, name: row.name, phone: row.number } : null;
}
