import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import { RESPONSIBLE_COLUMNS, responsibleOf } from './responsible';
import { normalizeStreet } from './street-name';
import type { ResponsibleMatch } from './types';

/**
 * The published partners whose areas cover the Ortsteil a citizen typed instead of a street
 * ("Dittelsdorf"): villages often have no street list, and people there name their village.
 */
export async function findResponsibleForOrtsteil(
	db: Kysely<Database>,
	key: string,
	kind: ServiceAreaKind | undefined
): Promise<{ label: string; matches: ResponsibleMatch[] } | null> {
	const terms = await db
		.selectFrom('taxonomy_terms')
		.select(['id', 'label'])
		.where('taxonomy', '=', 'ortsteil')
		.execute();
	const term = terms.find((candidate) => normalizeStreet(candidate.label) === key);
	if (!term) return null;
	let query = db
		.selectFrom('service_area_ortsteile as ao')
		.innerJoin('service_areas as a', 'a.id', 'ao.service_area_id')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.select(RESPONSIBLE_COLUMNS)
		.where('ao.ortsteil_id', '=', term.id)
		.where('o.status', '=', 'published')
		.orderBy('a.kind')
		.orderBy('o.name');
	if (kind) query = query.where('a.kind', '=', kind);
	const rows = await query.execute();
	if (rows.length === 0) return null;
	const matches = rows.map((row) => ({
		...responsibleOf(row),
		street: term.label,
		postalCode: null,
		range: { from: null, to: null, parity: 'all' as const }
	}));
	return { label: term.label, matches };
}
