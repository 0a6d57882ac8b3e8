import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrtsteile } from '../../src/lib/server/demo/ortsteile';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import type { ExportSettings } from '../../src/lib/server/hsds/context';
import { buildDatapackageZip } from '../../src/lib/server/hsds/datapackage';
import { planImport } from '../../src/lib/server/partner-import/apply';
import { createImportJob, loadImportJob, runImportJob, startImportJob } from '../../src/lib/server/partner-import/jobs';
import { prepareImport } from '../../src/lib/server/partner-import/page-data';
import { setPartnerStatus } from '../../src/lib/server/partners/service';
import { datapackageFiles } from '../helpers/hsds-datapackage';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const settings: ExportSettings = { origin: 'https://partner.example.org', stateProvince: 'Sachsen' };
const license = { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' };

/**
 * What legitimately differs after export → import into an empty installation → export:
 * - services.csv `last_modified`: the time of the last save, which the import is;
 * - contacts (and their phones): consent to publish a person was given to the exporting portal, so
 *   the import keeps contacts unpublished until the partner confirms them in the new portal;
 * - service_areas.csv: responsibility areas (a Bürgerpolizist's beat) are the town's own geography,
 *   set up in each installation, not partner data.
 * Everything else, UUIDs and slugs included, must be the same.
 */
const IGNORED_COLUMNS: Record<string, string[]> = { 'services.csv': ['last_modified'] };
const IGNORED_FILES = ['contacts.csv', 'service_areas.csv'];

function comparable(files: Record<string, string>): Record<string, Record<string, string>[]> {
	const result: Record<string, Record<string, string>[]> = {};
	for (const [name, text] of Object.entries(files)) {
		if (!name.endsWith('.csv') || IGNORED_FILES.includes(name)) continue;
		let rows = parse(text, { columns: true }) as Record<string, string>[];
		if (name === 'phones.csv') rows = rows.filter((row) => row.contact_id === '');
		for (const row of rows) for (const column of IGNORED_COLUMNS[name] ?? []) delete row[column];
		result[name] = rows.sort((a, b) => a.id.localeCompare(b.id));
	}
	return result;
}

describe('the HSDS round trip: export, import into an empty installation, export again', () => {
	let source: TestDatabase;
	let target: TestDatabase;
	let first: Record<string, string>;

	beforeAll(async () => {
		source = await createTestDatabase();
		await source.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(source.db, { today: new Date('2026-11-25T09:00:00Z') });
		first = datapackageFiles(await buildDatapackageZip(source.db, settings, license));

		// The empty installation: the town's vocabulary and one coordinator, no partners.
		target = await createTestDatabase();
		await target.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await loadOrtsteile(target.db);
	});
	afterAll(async () => {
		await source?.cleanup();
		await target?.cleanup();
	});

	it('gives back the same data, with the same UUIDs', async () => {
		const { db } = target;
		const { id: userId } = await db
			.insertInto('users')
			.values({
				email: 'koordination@example.org',
				role: 'coordinator',
				password_hash: null,
				disabled_at: null,
				totp_key: null,
				totp_enabled_at: null,
				totp_last_step: null,
				unsubscribe_token: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const zip = await buildDatapackageZip(source.db, settings, license);
		const preview = await prepareImport(db, zip, '2026-12-02');
		if (!preview.ok) throw new Error(preview.message);
		expect(preview.lines.filter((l) => l.kind === 'rejected')).toEqual([]);
		const job = await createImportJob(db, userId, 'hsds-datenpaket.zip', zip);
		await startImportJob(
			db,
			job,
			planImport(preview.lines, () => false)
		);
		await runImportJob(db, job, { userId });
		const organizations = first['organizations.csv'].trim().split('\r\n').length - 1;
		expect(await loadImportJob(db, job)).toMatchObject({ status: 'done', created: organizations });

		// The coordinator reviews the drafts and publishes them.
		for (const { id } of await db.selectFrom('organizations').select('id').execute())
			await setPartnerStatus(db, id, 'published', { userId });
		const second = datapackageFiles(await buildDatapackageZip(db, settings, license));
		expect(comparable(second)).toEqual(comparable(first));
	});

	it('finds every partner again by its UUID when the same package is imported a second time', async () => {
		const zip = await buildDatapackageZip(source.db, settings, license);
		const preview = await prepareImport(target.db, zip, '2026-12-02');
		if (!preview.ok) throw new Error(preview.message);
		expect(new Set(preview.lines.map((l) => l.kind))).toEqual(new Set(['match']));
		expect(preview.lines.flatMap((l) => (l.kind === 'match' ? l.differences : []))).toEqual([]);
	});
});
