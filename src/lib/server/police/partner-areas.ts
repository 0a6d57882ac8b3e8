import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import { listPublicAreas, type PublicArea } from './public-areas';
import { getPoliceStation, type PoliceStation } from './station';
import { answerStreetQuery, type StreetQuery } from './street-query';

export interface PartnerAreas {
	areas: PublicArea[];
	/** The kind the profile's lookup asks about: that of the partner's first area. */
	kind: ServiceAreaKind;
	query: StreetQuery;
	/** Offered when a street is unknown to the Bürgerpolizei lookup. */
	station: PoliceStation | null;
}

/** The areas shown on a published partner's profile and the answer of its street lookup; null without areas. */
export async function loadPartnerAreas(
	db: Kysely<Database>,
	organizationId: number,
	params: URLSearchParams
): Promise<PartnerAreas | null> {
	const areas = await listPublicAreas(db, { organizationId });
	if (areas.length === 0) return null;
	const kind = areas[0].kind;
	const [query, station] = await Promise.all([
		answerStreetQuery(db, params, kind),
		kind === 'buergerpolizei' ? getPoliceStation(db) : null
	]);
	return { areas, kind, query, station };
}
