import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { buildContext, loadTermMap, type ExportSettings } from './context';
import { parseFilter, wantsFull, isUuid } from './filters';
import { locationUuid, serviceAtLocationUuid } from './locations';
import { serviceUuid } from './organizations';
import { pageWindow, parsePageRequest, toPage, type ParseResult } from './paging';
import * as q from './queries';
import type { HsdsRecord } from './record';
import { toFullOrganization, toService, toServiceAtLocations, toServiceSummary } from './services';
import { findTaxonomyByUuid, TAXONOMY_CODES, toTaxonomy, toTaxonomyTerm } from './taxonomies';

// One function per endpoint of the HSDS 3.0 API profile; the routes under /api/hsds only call these.

type Page = ReturnType<typeof toPage<HsdsRecord>>;
type Lister = (db: Kysely<Database>, settings: ExportSettings, params: URLSearchParams) => Promise<ParseResult<Page>>;

export const HSDS_VERSION = '3.0';
export const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

export function describeApi(settings: ExportSettings) {
	return { version: HSDS_VERSION, profile: `${settings.origin}/offene-daten`, openapi_url: OPENAPI_URL };
}

type TermMap = Awaited<ReturnType<typeof loadTermMap>>;
type Window = ReturnType<typeof pageWindow>;

/** Parses page and filter, then lets `load` fetch the page; a filter that can match nothing answers an empty page. */
async function pageBy(
	db: Kysely<Database>,
	params: URLSearchParams,
	load: (filter: q.OrganizationFilter, window: Window, terms: TermMap) => Promise<[total: number, HsdsRecord[]]>
): Promise<ParseResult<Page>> {
	const request = parsePageRequest(params);
	if (!request.ok) return request;
	const terms = await loadTermMap(db);
	const filter = parseFilter(params, [...terms.values()]);
	if (!filter.ok) return filter;
	if (filter.value === 'none') return { ok: true, value: toPage(request.value, 0, []) };
	const [total, contents] = await load(filter.value, pageWindow(request.value), terms);
	return { ok: true, value: toPage(request.value, total, contents) };
}

/** Pages through published organizations with `build` for each. */
function pageOrganizations(
	db: Kysely<Database>,
	settings: ExportSettings,
	params: URLSearchParams,
	build: (o: q.OrganizationRow, context: Awaited<ReturnType<typeof buildContext>>) => HsdsRecord
): Promise<ParseResult<Page>> {
	return pageBy(db, params, async (filter, window, terms) => {
		const [total, rows] = await Promise.all([
			q.countOrganizations(db, filter),
			q.listOrganizations(db, filter, window)
		]);
		const context = await buildContext(db, settings, rows, terms);
		return [total, rows.map((o) => build(o, context))];
	});
}

export const listServices: Lister = (db, settings, params) =>
	pageOrganizations(db, settings, params, wantsFull(params) ? toService : toServiceSummary);

export const listOrganizations: Lister = (db, settings, params) =>
	pageOrganizations(db, settings, params, (o, context) =>
		wantsFull(params) ? toFullOrganization(o, context) : (toServiceSummary(o, context).organization as HsdsRecord)
	);

export const listServiceAtLocations: Lister = (db, settings, params) =>
	pageBy(db, params, async (filter, window, terms) => {
		const [total, keys] = await Promise.all([q.countLocations(db, filter), q.listLocationKeys(db, filter, window)]);
		const rows = await q.listOrganizationsById(db, [...new Set(keys.map((k) => k.organization_id))]);
		const context = await buildContext(db, settings, rows, terms);
		const byId = new Map(rows.map((o) => [o.id, o]));
		const full = wantsFull(params);
		const contents = keys.flatMap((key) => {
			const o = byId.get(key.organization_id)!;
			const wanted = serviceAtLocationUuid(locationUuid(o, key));
			return toServiceAtLocations(o, context, full).filter((sal) => sal.id === wanted);
		});
		return [total, contents];
	});

/** Service and service_at_location ids are derived, so finding one means deriving them all. */
async function findOrganization(db: Kysely<Database>, matches: (o: q.OrganizationRow, positions: number[]) => boolean) {
	const rows = await q.listOrganizations(db, {}, { limit: -1, offset: 0 });
	const positions = await q.listLocationPositions(db);
	return rows.find((o) => matches(o, positions.get(o.id) ?? [])) ?? null;
}

async function single(db: Kysely<Database>, settings: ExportSettings, o: q.OrganizationRow | null) {
	return o ? { o, context: await buildContext(db, settings, [o]) } : null;
}

export async function getService(db: Kysely<Database>, settings: ExportSettings, id: string) {
	if (!isUuid(id)) return null;
	const found = await single(db, settings, await findOrganization(db, (o) => serviceUuid(o) === id.toLowerCase()));
	return found && toService(found.o, found.context);
}

export async function getOrganization(db: Kysely<Database>, settings: ExportSettings, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await q.listOrganizations(db, { organizationUuid: id.toLowerCase() }, { limit: 1, offset: 0 });
	const found = await single(db, settings, row ?? null);
	return found && toFullOrganization(found.o, found.context);
}

export async function getServiceAtLocation(db: Kysely<Database>, settings: ExportSettings, id: string) {
	if (!isUuid(id)) return null;
	const wanted = id.toLowerCase();
	const found = await single(
		db,
		settings,
		await findOrganization(db, (o, positions) =>
			positions.some((position) => serviceAtLocationUuid(locationUuid(o, { position })) === wanted)
		)
	);
	return found && (toServiceAtLocations(found.o, found.context, true).find((sal) => sal.id === wanted) ?? null);
}

export async function listTaxonomies(params: URLSearchParams): Promise<ParseResult<Page>> {
	const request = parsePageRequest(params);
	if (!request.ok) return request;
	const all = TAXONOMY_CODES.map(toTaxonomy);
	const window = pageWindow(request.value);
	return {
		ok: true,
		value: toPage(request.value, all.length, all.slice(window.offset, window.offset + window.limit))
	};
}

export function getTaxonomy(id: string): HsdsRecord | null {
	const taxonomy = findTaxonomyByUuid(id.toLowerCase());
	return taxonomy ? toTaxonomy(taxonomy) : null;
}

export async function listTaxonomyTerms(db: Kysely<Database>, params: URLSearchParams): Promise<ParseResult<Page>> {
	const request = parsePageRequest(params);
	if (!request.ok) return request;
	const taxonomyId = params.get('taxonomy_id');
	const search = params.get('search')?.trim().toLowerCase();
	const terms = (await q.listTerms(db))
		.map(toTaxonomyTerm)
		.filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId.toLowerCase())
		.filter((t) => !search || String(t.name).toLowerCase().includes(search));
	const window = pageWindow(request.value);
	return {
		ok: true,
		value: toPage(request.value, terms.length, terms.slice(window.offset, window.offset + window.limit))
	};
}

export async function getTaxonomyTerm(db: Kysely<Database>, id: string): Promise<HsdsRecord | null> {
	const terms = (await q.listTerms(db)).map(toTaxonomyTerm);
	return terms.find((t) => t.id === id.toLowerCase()) ?? null;
}
