import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import type { ExportSettings } from '../../src/lib/server/hsds/context';
import { buildDatapackageZip } from '../../src/lib/server/hsds/datapackage';
import { datapackageErrors, datapackageFiles } from '../helpers/hsds-datapackage';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const settings: ExportSettings = { origin: 'https://partner.example.org', stateProvince: 'Sachsen' };
const license = { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' };

describe('the HSDS datapackage of the demo network', () => {
	let t: TestDatabase;
	let zip: Uint8Array;

	beforeAll(async () => {
		t = await createTestDatabase();
		await t.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(t.db, { today: new Date('2026-11-25T09:00:00Z') });
		zip = await buildDatapackageZip(t.db, settings, license);
	});
	afterAll(async () => {
		await t?.cleanup();
	});

	it('passes the Frictionless validator: descriptor, column types, required and unique ids, foreign keys', async () => {
		expect(await datapackageErrors(zip)).toEqual([]);
		// …and the validator is not blind: a service of an unknown organization is refused.
		const files = unzipSync(zip);
		const services = new TextDecoder().decode(files['services.csv']).split('\r\n');
		services[1] = services[1].replace(/^([^,]+),[^,]+,/, '$1,00000000-0000-4000-8000-000000000000,');
		files['services.csv'] = strToU8(services.join('\r\n'));
		expect((await datapackageErrors(zipSync(files))).join()).toMatch(/service/);
	}, 120_000);

	it('holds every published partner with its address, hours and consenting persons, under the chosen licence', async () => {
		const files = datapackageFiles(zip);
		const descriptor = JSON.parse(files['datapackage.json']);
		expect(descriptor.licenses).toEqual([{ path: license.url, title: license.name }]);
		expect(descriptor.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		const published = await t.db
			.selectFrom('organizations')
			.select('name')
			.where('status', '=', 'published')
			.execute();
		const organizations = files['organizations.csv'].trim().split('\r\n');
		expect(organizations.length - 1).toBe(published.length);
		expect(files['addresses.csv']).toContain('02763');
		expect(files['schedules.csv']).toContain('WEEKLY');
		const hidden = await t.db.selectFrom('contacts').select('name').where('publish_consent', '=', 0).execute();
		expect(hidden.filter((c) => files['contacts.csv'].includes(c.name))).toEqual([]);
	});
});
