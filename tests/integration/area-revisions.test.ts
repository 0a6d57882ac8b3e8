import { describe, expect, it } from 'vitest';
import { applyStreetImport, parseStreetCsv } from '../../src/lib/server/areas/csv-import';
import { findResponsible } from '../../src/lib/server/areas/lookup';
import { listAreaStreets } from '../../src/lib/server/areas/queries';
import { getAreaRevision, listAreaRevisions, restoreAreaRevision } from '../../src/lib/server/areas/revisions';
import { createServiceArea, replaceAreaStreets } from '../../src/lib/server/areas/service';
import { createPartner } from '../../src/lib/server/partners/service';
import { makeCoordinator } from '../fixtures/groups';
import { makePartnerInput } from '../fixtures/partners';
import { ELEVEN_STREET_NAMES, zittauStreet as street } from '../fixtures/streets';
import { useTestDatabase } from '../helpers/test-database';

const TWO_LINES = 'strasse;von;bis\nMarkt;1;20\nKarl-Liebknecht-Ring;;\n';

describe('street lists that lose nothing', () => {
	let coordinator: number;

	const t = useTestDatabase(async (db) => {
		coordinator = await makeCoordinator(db);
	});

	async function areaWithElevenStreets(slug: string) {
		const organizationId = await createPartner(t.db, makePartnerInput({ slug, name: slug, status: 'published' }));
		const id = await createServiceArea(t.db, {
			organizationId,
			kind: 'sonstige',
			name: `Bereich ${slug}`,
			note: null
		});
		await replaceAreaStreets(
			t.db,
			id,
			ELEVEN_STREET_NAMES.map((name) => street(name))
		);
		return { id, name: `Bereich ${slug}`, kind: 'sonstige' as const };
	}

	it('adding two lines to an area with eleven streets keeps Töpferberg answering', async () => {
		const area = await areaWithElevenStreets('ergaenzen');
		const { rows } = parseStreetCsv(TWO_LINES, [area]);
		await applyStreetImport(t.db, rows, { mode: 'add', actorId: coordinator });

		const streets = await listAreaStreets(t.db, area.id);
		expect(streets).toHaveLength(12);
		expect(streets).toContainEqual({ streetName: 'Markt', postalCode: null, from: 1, to: 20, parity: 'all' });
		expect((await findResponsible(t.db, 'Töpferberg')).status).toBe('found');
	});

	it('keeps the list before a replacing import, and one restore brings Töpferberg back', async () => {
		const area = await areaWithElevenStreets('ersetzen');
		const { rows } = parseStreetCsv(TWO_LINES, [area]);
		await applyStreetImport(t.db, rows, { mode: 'replace', actorId: coordinator });
		expect(await listAreaStreets(t.db, area.id)).toHaveLength(2);

		const [revision] = await listAreaRevisions(t.db, area.id);
		expect(revision).toMatchObject({ reason: 'import-replaced', streetCount: 11, createdBy: 'Koordination' });
		await restoreAreaRevision(t.db, area.id, revision.id, coordinator);

		expect((await listAreaStreets(t.db, area.id)).map((s) => s.streetName).sort()).toEqual(
			[...ELEVEN_STREET_NAMES].sort()
		);
		const revisions = await listAreaRevisions(t.db, area.id);
		expect(revisions.map((r) => [r.reason, r.streetCount])).toEqual([
			['restored', 2],
			['import-replaced', 11]
		]);
	});

	it('keeps a revision for every edit that changes the list, none for a save without change', async () => {
		const area = await areaWithElevenStreets('bearbeiten');
		const change = { reason: 'edited' as const, actorId: coordinator };
		await replaceAreaStreets(
			t.db,
			area.id,
			ELEVEN_STREET_NAMES.map((name) => street(name)),
			change
		);
		expect(await listAreaRevisions(t.db, area.id)).toEqual([]);
		await replaceAreaStreets(t.db, area.id, [street('Markt')], change);
		const [revision] = await listAreaRevisions(t.db, area.id);
		expect((await getAreaRevision(t.db, area.id, revision.id))?.streets).toHaveLength(11);
	});

	it("does not restore another area's revision", async () => {
		const first = await areaWithElevenStreets('erster');
		const second = await areaWithElevenStreets('zweiter');
		await replaceAreaStreets(t.db, first.id, [], { reason: 'edited', actorId: null });
		const [revision] = await listAreaRevisions(t.db, first.id);
		expect(await restoreAreaRevision(t.db, second.id, revision.id, null)).toBeNull();
		expect(await listAreaStreets(t.db, second.id)).toHaveLength(11);
	});
});
