import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listTerms, loadRelations, type OrganizationRow, type Relations, type TermRow } from './queries';

/** What the record builders need besides an organization's own row, loaded once per page. */
export interface BuildContext {
	origin: string | undefined;
	stateProvince: string;
	terms: Map<string, TermRow>;
	byOrganization: (id: number) => OrganizationRelations;
}

export interface OrganizationRelations {
	terms: TermRow[];
	locations: Relations['locations'];
	phones: Relations['phones'];
	contacts: Relations['contacts'];
	schedules: Relations['schedules'];
	areas: (Relations['areas'][number] & { ortsteile: string[] })[];
}

export interface ExportSettings {
	origin: string | undefined;
	stateProvince: string;
}

export const termKey = (taxonomy: string, code: string) => `${taxonomy}:${code}`;

export async function loadTermMap(db: Kysely<Database>): Promise<Map<string, TermRow>> {
	return new Map((await listTerms(db)).map((term) => [termKey(term.taxonomy, term.code), term]));
}

export async function buildContext(
	db: Kysely<Database>,
	settings: ExportSettings,
	organizations: OrganizationRow[],
	terms?: Map<string, TermRow>
): Promise<BuildContext> {
	const termMap = terms ?? (await loadTermMap(db));
	const relations = await loadRelations(
		db,
		organizations.map((o) => o.id)
	);
	const grouped = new Map<number, OrganizationRelations>();
	const entry = (id: number) => {
		let value = grouped.get(id);
		if (!value) {
			value = { terms: [], locations: [], phones: [], contacts: [], schedules: [], areas: [] };
			grouped.set(id, value);
		}
		return value;
	};
	for (const o of organizations) {
		const category = termMap.get(termKey('category', o.category));
		if (category) entry(o.id).terms.push(category);
	}
	for (const t of relations.terms) {
		const term = termMap.get(termKey(t.taxonomy, t.code));
		if (term) entry(t.organization_id).terms.push(term);
	}
	for (const row of relations.locations) entry(row.organization_id).locations.push(row);
	for (const row of relations.phones) entry(row.organization_id).phones.push(row);
	for (const row of relations.contacts) entry(row.organization_id).contacts.push(row);
	for (const row of relations.schedules) entry(row.organization_id).schedules.push(row);
	for (const area of relations.areas) {
		const ortsteile = relations.areaOrtsteile.filter((o) => o.service_area_id === area.id).map((o) => o.label);
		entry(area.organization_id).areas.push({ ...area, ortsteile });
	}
	return { origin: settings.origin, stateProvince: settings.stateProvince, terms: termMap, byOrganization: entry };
}
