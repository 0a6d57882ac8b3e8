import type { HsdsRecord } from './record';

/** HSDS table name (datapackage resource) → its rows; nested arrays become their own tables. */
export type Tables = Map<string, HsdsRecord[]>;

const one = (record: HsdsRecord): HsdsRecord =>
	Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value !== 'object'));

function add(tables: Tables, table: string, record: HsdsRecord) {
	let rows = tables.get(table);
	if (!rows) tables.set(table, (rows = []));
	rows.push(one(record));
}

const list = (value: unknown) => (value ?? []) as HsdsRecord[];

/** Flattens a fully nested service (as the API answers it) into the rows of the HSDS tables. */
export function addServiceRows(tables: Tables, service: HsdsRecord) {
	add(tables, 'organization', service.organization as HsdsRecord);
	add(tables, 'service', service);
	for (const phone of list(service.phones)) add(tables, 'phone', phone);
	for (const schedule of list(service.schedules)) add(tables, 'schedule', schedule);
	for (const area of list(service.service_areas)) add(tables, 'service_area', area);
	for (const language of list(service.languages)) add(tables, 'language', language);
	for (const attribute of list(service.attributes)) add(tables, 'attribute', attribute);
	for (const contact of list(service.contacts)) {
		add(tables, 'contact', contact);
		for (const phone of list(contact.phones)) add(tables, 'phone', phone);
	}
	for (const sal of list(service.service_at_locations)) {
		add(tables, 'service_at_location', sal);
		const location = sal.location as HsdsRecord;
		add(tables, 'location', location);
		for (const address of list(location.addresses)) add(tables, 'address', address);
		for (const accessibility of list(location.accessibility)) add(tables, 'accessibility', accessibility);
	}
}
