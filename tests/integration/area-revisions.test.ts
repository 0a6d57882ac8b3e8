import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import { applyStreetImport, parseStreetCsv } from '../../src/lib/server/areas/csv-import';
import { findResponsible } from '../../src/lib/server/areas/lookup';
import { listAreaStreets } from '../../src/lib/server/areas/queries';
import { getAreaRevision, listAreaRevisions, restoreAreaRevision } from '../../src/lib/server/areas/revisions';
import { createServiceArea, replaceAreaStreets } from '../../src/lib/server/areas/service';
import { createPartner } from '../../src/lib/server/partners/service';
import { makeCoordinator } from '../fixtures/groups';
import { makePartnerInput } from '../fixtures/partners';
import { ELEVEN_STREET_NAMES, zittauStreet as street } from '../fixtures/streets';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const TWO_LINES = 'strasse;von;bis\nMarkt;1;20\nKarl-Liebknecht-Ring;;\n';

describe('street lists that lose nothing', () => {
	let database: TestDatabase;
	let db: DB;
	let coordinator: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		coordinator = await makeCoordinator(db);
	});
	afterAll(() => database.cleanup());

	async function areaWithElevenStreets(slug: string) {
		const organizationId = await createPartner(db, makePartnerInput({ slug, name: slug, status: 'published' }));
		const id = await createServiceArea(db, {
			organizationId,
			kind: 'sonstige',
			name: `Bereich ${slug}`,
			note: null
		});
		await replaceAreaStreets(
			db,
			id,
			ELEVEN_STREET_NAMES.map((name) => street(name))
		);
		return { id, name: `Bereich ${slug}`, kind: 'sonstige' as const };
	}

	it('adding two lines to an area with eleven streets keeps Töpferberg answering', async () => {
		const area = await areaWithElevenStreets('ergaenzen');
		const { rows } = parseStreetCsv(TWO_LINES, [area]);
		await applyStreetImport(db, rows, { mode: 'add', actorId: coordinator });

		const streets = await listAreaStreets(db, area.id);
		expect(streets).toHaveLength(12);
		expect(streets).toContainEqual({ streetName: 'Markt', postalCode: null, from: 1, to: 20, parity: 'all' });
		expect((await findResponsible(db, 'Töpferberg')).status).toBe('found');
	});

	it('keeps the list before a replacing import, and one restore brings Töpferberg back', async () => {
		const area = await areaWithElevenStreets('ersetzen');
		const { rows } = parseStreetCsv(TWO_LINES, [area]);
		await applyStreetImport(db, rows, { mode: 'replace', actorId: coordinator });
		expect(await listAreaStreets(db, area.id)).toHaveLength(2);

		const [revision] = await listAreaRevisions(db, area.id);
		expect(revision).toMatchObject({ reason: 'import-replaced', streetCount: 11, createdBy: 'Koordination' });
		await restoreAreaRevision(db, area.id, revision.id, coordinator);

		expect((await listAreaStreets(db, area.id)).map((s) => s.streetName).sort()).toEqual(
			[...ELEVEN_STREET_NAMES].sort()
		);
		const revisions = await listAreaRevisions(db, area.id);
		expect(revisions.map((r) => [r.reason, r.streetCount])).toEqual([
			['restored', 2],
			['import-replaced', 11]
		]);
	});

	it('keeps a revision for every edit that changes the list, none for a save without change', async () => {
		const area = await areaWithElevenStreets('bearbeiten');
		const change = { reason: 'edited' as const, actorId: coordinator };
		await replaceAreaStreets(
			db,
			area.id,
			ELEVEN_STREET_NAMES.map((name) => street(name)),
			change
		);
		expect(await listAreaRevisions(db, area.id)).toEqual([]);
		await replaceAreaStreets(db, area.id, [street('Markt')], change);
		const [revision] = await listAreaRevisions(db, area.id);
		expect((await getAreaRevision(db, area.id, revision.id))?.streets).toHaveLength(11);
	});

	it("does not restore another area's revision", async () => {
		const first = await areaWithElevenStreets('erster');
		const second = await areaWithElevenStreets('zweiter');
		await replaceAreaStreets(db, first.id, [], { reason: 'edited', actorId: null });
		const [revision] = await listAreaRevisions(db, first.id);
		expect(await restoreAreaRevision(db, second.id, revision.id, null)).toBeNull();
		expect(await listAreaStreets(db, second.id)).toHaveLength(11);
	});
});
