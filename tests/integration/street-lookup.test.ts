import { describe, expect, it } from 'vitest';
import { applyStreetImport, parseStreetCsv } from '../../src/lib/server/areas/csv-import';
import { rejectConflictsWithOtherAreas } from '../../src/lib/server/areas/import-conflicts';
import { findResponsible, suggestStreets } from '../../src/lib/server/areas/lookup';
import { listAreaOrtsteile, listAreaStreets, listServiceAreas } from '../../src/lib/server/areas/queries';
import { createServiceArea, replaceAreaStreets, setAreaOrtsteile } from '../../src/lib/server/areas/service';
import type { AreaStreetInput, LookupResult } from '../../src/lib/server/areas/types';
import { seedDemoAreas } from '../../src/lib/server/demo/areas';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import {
	createPartner,
	deletePartner,
	setPartnerStatus,
	UnknownTermError
} from '../../src/lib/server/partners/service';
import type { OrganizationStatus, ServiceAreaKind } from '../../src/lib/server/db/schema';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

function street(
	streetName: string,
	from: number | null = null,
	to: number | null = null,
	parity: AreaStreetInput['parity'] = 'all'
): AreaStreetInput {
	return { streetName, postalCode: '02763', from, to, parity };
}

/** The slugs of the partners an answer names, whether found or offered as candidates. */
function slugs(result: LookupResult): string[] {
	if (result.status === 'unknown') return [];
	return (result.status === 'found' ? result.matches : result.candidates).map((match) => match.organization.slug);
}

describe('who is responsible for my street', () => {
	const police = { kind: 'buergerpolizei' as const };
	let nord: { organizationId: number; areaId: number };

	async function partnerWithArea(
		slug: string,
		kind: ServiceAreaKind,
		streets: AreaStreetInput[],
		status: OrganizationStatus = 'published'
	): Promise<{ organizationId: number; areaId: number }> {
		const organizationId = await createPartner(t.db, makePartnerInput({ slug, name: slug, status }));
		const areaId = await createServiceArea(t.db, { organizationId, kind, name: `Bereich ${slug}`, note: null });
		await replaceAreaStreets(t.db, areaId, streets);
		return { organizationId, areaId };
	}

	const t = useTestDatabase(async () => {
		await partnerWithArea('sued', 'buergerpolizei', [
			street('Hochwaldstraße'),
			street('Äußere Oybiner Straße', 1, 49),
			street('Karl-Liebknecht-Ring', null, null, 'odd'),
			street('Schillerstraße')
		]);
		nord = await partnerWithArea('nord', 'buergerpolizei', [
			street('Äußere Oybiner Str.', 50, 199),
			street('Karl-Liebknecht-Ring', null, null, 'even'),
			street('Lessingstraße')
		]);
		await partnerWithArea('schule', 'schulbezirk', [street('Hochwaldstraße')]);
		await partnerWithArea('entwurf', 'buergerpolizei', [street('Weinaustraße'), street('Hochwaldstraße')], 'draft');
		await partnerWithArea('archiv', 'buergerpolizei', [street('Chopinstraße')], 'archived');
	});

	it('finds the officer for an exactly typed street and house number', async () => {
		const result = await findResponsible(t.db, 'Hochwaldstraße 47', police);
		expect(result).toMatchObject({
			status: 'found',
			matchedBy: 'street',
			street: 'Hochwaldstraße',
			houseNumber: 47,
			corrected: false
		});
		expect(slugs(result)).toEqual(['sued']);
	});

	it('treats "Str.", "Strasse" and lower case like "Straße"', async () => {
		for (const input of ['Hochwaldstr. 47', 'hochwald strasse', 'HOCHWALDSTR']) {
			expect(slugs(await findResponsible(t.db, input, police))).toEqual(['sued']);
		}
	});

	it('answers with every kind of area when no kind is asked for', async () => {
		const result = await findResponsible(t.db, 'Hochwaldstraße 3');
		expect(result.status).toBe('found');
		expect(slugs(result).sort()).toEqual(['schule', 'sued']);
	});

	it('forgives a typo such as "Hochwaldstrase" and says it corrected the street', async () => {
		const result = await findResponsible(t.db, 'Hochwaldstrase 12', police);
		expect(result).toMatchObject({ status: 'found', street: 'Hochwaldstraße', corrected: true });
		expect(slugs(result)).toEqual(['sued']);
	});

	it('picks the officer by house number on a street split between two areas', async () => {
		expect(slugs(await findResponsible(t.db, 'Äußere Oybiner Str. 12a', police))).toEqual(['sued']);
		expect(slugs(await findResponsible(t.db, 'Aeussere Oybiner Strasse 49', police))).toEqual(['sued']);
		expect(slugs(await findResponsible(t.db, 'Äußere Oybiner Straße 50', police))).toEqual(['nord']);
	});

	it('asks for the house number when a split street is typed without one', async () => {
		const result = await findResponsible(t.db, 'Äußere Oybiner Straße', police);
		expect(result).toMatchObject({ status: 'needs-house-number', houseNumber: null });
		if (result.status !== 'needs-house-number') return;
		expect(result.candidates.map((c) => [c.organization.slug, c.range])).toEqual([
			['sued', { from: 1, to: 49, parity: 'all' }],
			['nord', { from: 50, to: 199, parity: 'all' }]
		]);
	});

	it('says so when the house number lies in none of the ranges', async () => {
		const result = await findResponsible(t.db, 'Äußere Oybiner Straße 500', police);
		expect(result).toMatchObject({ status: 'needs-house-number', houseNumber: 500 });
		expect(slugs(result)).toEqual(['sued', 'nord']);
	});

	it('tells the odd from the even side of a street', async () => {
		expect(slugs(await findResponsible(t.db, 'Karl-Liebknecht-Ring 7', police))).toEqual(['sued']);
		expect(slugs(await findResponsible(t.db, 'Karl Liebknecht Ring 8', police))).toEqual(['nord']);
		expect((await findResponsible(t.db, 'Karl-Liebknecht-Ring', police)).status).toBe('needs-house-number');
	});

	it('suggests the nearest streets for an unknown one', async () => {
		expect(await findResponsible(t.db, 'Hochwaldweg 3', police)).toEqual({
			status: 'unknown',
			suggestions: ['Hochwaldstraße']
		});
		expect(await findResponsible(t.db, 'Oybiner', police)).toEqual({
			status: 'unknown',
			suggestions: ['Äußere Oybiner Straße']
		});
		expect(await findResponsible(t.db, 'Musterweg 1', police)).toEqual({ status: 'unknown', suggestions: [] });
		expect(await findResponsible(t.db, '12', police)).toEqual({ status: 'unknown', suggestions: [] });
	});

	it('never answers with a draft or archived partner', async () => {
		expect(slugs(await findResponsible(t.db, 'Hochwaldstraße', police))).toEqual(['sued']);
		expect(await findResponsible(t.db, 'Weinaustraße 1', police)).toEqual({ status: 'unknown', suggestions: [] });
		expect(await findResponsible(t.db, 'Chopinstraße', police)).toEqual({ status: 'unknown', suggestions: [] });
		expect(await suggestStreets(t.db, 'Wein', 5)).toEqual([]);
	});

	it('stops answering with a partner as soon as it is unpublished', async () => {
		const { organizationId } = await partnerWithArea('vorlaeufig', 'sonstige', [street('Kantstraße')]);
		expect(slugs(await findResponsible(t.db, 'Kantstraße'))).toEqual(['vorlaeufig']);
		await setPartnerStatus(t.db, organizationId, 'draft');
		expect((await findResponsible(t.db, 'Kantstraße')).status).toBe('unknown');
		await deletePartner(t.db, organizationId);
		const areas = await t.db
			.selectFrom('service_areas')
			.select('id')
			.where('organization_id', '=', organizationId)
			.execute();
		expect(areas).toEqual([]);
	});

	it('suggests streets as the citizen types: those starting with the text first, then those containing it', async () => {
		expect(await suggestStreets(t.db, 'Hoch', 5)).toEqual(['Hochwaldstraße']);
		expect(await suggestStreets(t.db, 'le', 5)).toEqual(['Lessingstraße', 'Schillerstraße']);
		expect(await suggestStreets(t.db, 'aeussere oy', 5)).toEqual(['Äußere Oybiner Straße']);
		expect(await suggestStreets(t.db, 'ring', 5, police)).toEqual(['Karl-Liebknecht-Ring']);
		expect(await suggestStreets(t.db, 'str', 2)).toHaveLength(2);
	});

	it('keeps the Ortsteile an area covers and refuses unknown ones', async () => {
		const { areaId } = await partnerWithArea('ortsteile', 'schulsozialarbeit', []);
		await setAreaOrtsteile(t.db, areaId, ['pethau', 'innenstadt']);
		expect(await listAreaOrtsteile(t.db, areaId)).toEqual([
			{ code: 'innenstadt', label: 'Innenstadt' },
			{ code: 'pethau', label: 'Pethau' }
		]);
		await expect(setAreaOrtsteile(t.db, areaId, ['atlantis'])).rejects.toThrow(UnknownTermError);
		expect(await listAreaOrtsteile(t.db, areaId)).toHaveLength(2);
	});

	it('answers for a whole Ortsteil when its name is typed instead of a street', async () => {
		const { areaId } = await partnerWithArea('dorf', 'buergerpolizei', []);
		await setAreaOrtsteile(t.db, areaId, ['eichgraben']);
		const result = await findResponsible(t.db, 'eichgraben', police);
		expect(result).toMatchObject({ status: 'found', matchedBy: 'ortsteil', street: 'Eichgraben' });
		expect(slugs(result)).toEqual(['dorf']);
		expect(await findResponsible(t.db, 'Eichgraben', { kind: 'schulbezirk' })).toMatchObject({ status: 'unknown' });
	});

	it('imports a CSV street list, replacing the lists of the areas it names', async () => {
		const organizationId = await createPartner(t.db, makePartnerInput({ slug: 'import', name: 'Import' }));
		const west = await createServiceArea(t.db, { organizationId, kind: 'sonstige', name: 'West', note: null });
		const ost = await createServiceArea(t.db, { organizationId, kind: 'sonstige', name: 'Ost', note: null });
		await replaceAreaStreets(t.db, west, [street('Lindenstraße')]);
		await replaceAreaStreets(t.db, ost, [street('Humboldtstraße')]);

		const areas = await listServiceAreas(t.db, organizationId);
		const preview = parseStreetCsv(
			'strasse;plz;von;bis;seite;bereich\nLeipziger Str.;02763;1;99;ungerade;West\nFalsch;;a;;;West\n',
			areas
		);
		expect(preview.rejected).toHaveLength(1);
		expect(await applyStreetImport(t.db, preview.rows, { mode: 'replace', actorId: null })).toEqual({
			areas: 1,
			streets: 1
		});

		expect(await listAreaStreets(t.db, west)).toEqual([
			{ streetName: 'Leipziger Str.', postalCode: '02763', from: 1, to: 99, parity: 'odd' }
		]);
		expect(await listAreaStreets(t.db, ost)).toHaveLength(1);
		expect(slugs(await findResponsible(t.db, 'Leipziger Straße 5'))).toEqual(['import']);
		expect((await findResponsible(t.db, 'Lindenstraße')).status).toBe('unknown');
	});

	it("rejects imported streets that overlap another officer's beat, but not the area's own old list", async () => {
		const areas = await listServiceAreas(t.db, nord.organizationId);
		const csv = [
			'strasse;von;bis',
			'Hochwaldstraße;1;10',
			'Äußere Oybiner Straße;50;60',
			'Äußere Oybiner Straße;40;49',
			'Lessingstraße;;'
		].join('\n');
		const preview = await rejectConflictsWithOtherAreas(t.db, parseStreetCsv(csv, areas), areas);
		expect(preview.rows.map((row) => row.line)).toEqual([3, 5]);
		expect(preview.rejected).toEqual([
			{
				line: 2,
				raw: 'Hochwaldstraße;1;10',
				reason: "überschneidet sich mit Bereich 'Bereich sued' von sued (Hochwaldstraße, alle Hausnummern)"
			},
			{
				line: 4,
				raw: 'Äußere Oybiner Straße;40;49',
				reason: "überschneidet sich mit Bereich 'Bereich sued' von sued (Äußere Oybiner Straße, Nr. 1–49)"
			}
		]);
	});
});

describe('the demo areas', () => {
	const database = useTestDatabase(async (db) => {
		await seedDemoData(db, { today: new Date('2026-11-25T10:00:00Z') });
		await seedDemoAreas(db);
	});

	it('answer for every Bürgerpolizist and split the Äußere Oybiner Straße at number 50', async () => {
		const { db } = database;
		const ask = async (input: string) => slugs(await findResponsible(db, input, { kind: 'buergerpolizei' }));
		expect(await ask('Markt 1')).toEqual(['buergerpolizist-innenstadt']);
		expect(await ask('Friedensstraße 12')).toEqual(['buergerpolizistin-nord-west']);
		expect(await ask('Äußere Oybiner Str. 12')).toEqual(['buergerpolizist-sued-ost']);
		expect(await ask('Äußere Oybiner Str. 120')).toEqual(['buergerpolizistin-nord-west']);
		expect(await ask('Zittauer Straße 5, 02788 Zittau')).toEqual(['buergerpolizist-hirschfelde']);
		expect(await ask('Dittelsdorf')).toEqual(['buergerpolizist-hirschfelde']);
		expect(slugs(await findResponsible(db, 'Weinaustraße 14', { kind: 'schulbezirk' }))).toEqual([
			'grundschule-am-weinaupark'
		]);
	});

	it('can be seeded twice without duplicates', async () => {
		const before = await database.db.selectFrom('service_area_streets').select('id').execute();
		await seedDemoAreas(database.db);
		const after = await database.db.selectFrom('service_area_streets').select('id').execute();
		expect(after).toHaveLength(before.length);
	});
});
