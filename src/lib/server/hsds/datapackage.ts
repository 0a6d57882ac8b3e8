import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { buildContext, loadTermMap, type ExportSettings } from './context';
import * as q from './queries';
import specification from './schema/datapackage.json';
import { toService } from './services';
import { addServiceRows, type Tables } from './tables';
import { TAXONOMY_CODES, toTaxonomy, toTaxonomyTerm } from './taxonomies';
import { hsdsDateTime } from './time';

export interface OpenDataLicense {
	name: string;
	url: string;
}

/** Partners are read in pages of this size, so the database never hands over all at once. */
const BATCH = 500;

/** The whole published directory as HSDS tables. */
export async function collectTables(db: Kysely<Database>, settings: ExportSettings): Promise<Tables> {
	const terms = await loadTermMap(db);
	const tables: Tables = new Map();
	for (let offset = 0; ; offset += BATCH) {
		const rows = await q.listOrganizations(db, {}, { limit: BATCH, offset });
		const context = await buildContext(db, settings, rows, terms);
		for (const o of rows) addServiceRows(tables, toService(o, context));
		if (rows.length < BATCH) break;
	}
	tables.set('taxonomy', TAXONOMY_CODES.map(toTaxonomy));
	tables.set('taxonomy_term', [...terms.values()].map(toTaxonomyTerm));
	return tables;
}

/** datapackage.json: the HSDS 3.0 table schemas, with our licence and the time of the last change. */
export function describePackage(license: OpenDataLicense, lastModified: string | null, settings: ExportSettings) {
	const { license: _specificationLicense, ...rest } = specification as typeof specification & { license?: unknown };
	return {
		...rest,
		name: 'kpr-partnernetzwerk',
		title: 'Partnernetzwerk des Kommunalen Präventionsrats (Open Referral HSDS 3.0)',
		homepage: `${settings.origin}/offene-daten`,
		licenses: [{ path: license.url, title: license.name }],
		...(lastModified ? { created: hsdsDateTime(lastModified) } : {})
	};
}

/** The CSV of one HSDS table: the specification's columns in its order, a header even when empty. */
export function toCsv(fields: { name: string }[], rows: Record<string, unknown>[]): string {
	const columns = fields.map((f) => f.name);
	return stringify(
		rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c])))),
		{ header: true, columns, record_delimiter: '\r\n' }
	);
}

/** The zip a user downloads: datapackage.json and one CSV per HSDS table. */
export async function buildDatapackageZip(
	db: Kysely<Database>,
	settings: ExportSettings,
	license: OpenDataLicense
): Promise<Uint8Array> {
	const [tables, version] = await Promise.all([collectTables(db, settings), q.loadExportVersion(db)]);
	const descriptor = describePackage(license, version.lastModified, settings);
	const files: Zippable = { 'datapackage.json': strToU8(JSON.stringify(descriptor, null, 2)) };
	for (const resource of descriptor.resources) {
		files[resource.path] = strToU8(toCsv(resource.schema.fields, tables.get(resource.name) ?? []));
	}
	return zipSync(files, { level: 6 });
}
