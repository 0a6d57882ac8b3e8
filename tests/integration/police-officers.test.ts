import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listAllServiceAreas } from '../../src/lib/server/areas/admin-queries';
import { previewAreaImport } from '../../src/lib/server/areas/import-preview';
import { listAreaStreets } from '../../src/lib/server/areas/queries';
import {
	createServiceArea,
	replaceAreaStreets,
	saveServiceArea,
	setAreaOrtsteile,
	updateServiceArea
} from '../../src/lib/server/areas/service';
import type { DB } from '../../src/lib/server/db/connection';
import { processLogo } from '../../src/lib/server/partners/logo';
import {
	createPartner,
	setPartnerStatus,
	UnknownTermError,
	updatePartner
} from '../../src/lib/server/partners/service';
import type { ServiceAreaInput } from '../../src/lib/server/areas/types';
import type { ContactInput, PartnerInput } from '../../src/lib/server/partners/types';
import { listOfficers } from '../../src/lib/server/police/officers';
import { loadPartnerAreas } from '../../src/lib/server/police/partner-areas';
import { getPublicContactPhoto, saveContactPhoto } from '../../src/lib/server/police/photo-store';
import { answerStreetQuery } from '../../src/lib/server/police/street-query';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

function contact(name: string, publishConsent: boolean, email: string | null = null): ContactInput {
	return { name, role: 'Bürgerpolizist', phone: null, email, publishConsent, consentGivenAt: null };
}

const street = (streetName: string) => ({
	streetName,
	postalCode: '02763',
	from: null,
	to: null,
	parity: 'all' as const
});

/** An area without a note, covering the given streets. */
async function areaWithStreets(
	db: DB,
	organizationId: number,
	kind: ServiceAreaInput['kind'],
	name: string,
	streets: ReturnType<typeof street>[]
): Promise<number> {
	const area = await createServiceArea(db, { organizationId, kind, name, note: null });
	await replaceAreaStreets(db, area, streets);
	return area;
}

describe('Bürgerpolizisten as citizens see them', () => {
	let officer: { id: number; input: PartnerInput };
	let officerArea: number;

	const t = useTestDatabase(async (db) => {
		const input = makePartnerInput({
			name: 'Bürgerpolizist Mitte',
			email: 'revier@example.org',
			contacts: [
				contact('Vera Verdeckt', false, 'vera@example.org'),
				contact('Jonas Offen', true, 'jonas@example.org')
			],
			schedules: [{ kind: 'consultation', weekday: 2, opensAt: '14:00', closesAt: '17:00', note: 'Rathaus' }]
		});
		officer = { id: await createPartner(db, input), input };
		officerArea = await createServiceArea(db, {
			organizationId: officer.id,
			kind: 'buergerpolizei',
			name: 'Mitte',
			note: null
		});
		await setAreaOrtsteile(db, officerArea, ['innenstadt']);
		await replaceAreaStreets(db, officerArea, [street('Markt'), { ...street('Neustadt'), from: 1, to: 20 }]);

		const school = await createPartner(db, makePartnerInput({ name: 'Grundschule Süd' }));
		await areaWithStreets(db, school, 'schulbezirk', 'Schulbezirk Süd', [street('Markt')]);
		const draft = await createPartner(db, makePartnerInput({ name: 'Bürgerpolizistin Entwurf', status: 'draft' }));
		await createServiceArea(db, { organizationId: draft, kind: 'buergerpolizei', name: 'Entwurf', note: null });
	});

	it('lists only published partners with a Bürgerpolizei area, with their consenting person, hours and area', async () => {
		const officers = await listOfficers(t.db);
		expect(officers.map((o) => o.organizationName)).toEqual(['Bürgerpolizist Mitte']);
		const [mitte] = officers;
		expect(mitte.person).toEqual({ name: 'Jonas Offen', role: 'Bürgerpolizist' });
		expect(mitte.email).toBe('jonas@example.org');
		expect(JSON.stringify(mitte)).not.toContain('Vera');
		expect(mitte.consultation).toEqual([
			{ kind: 'consultation', weekday: 2, opensAt: '14:00', closesAt: '17:00', note: 'Rathaus' }
		]);
		expect(mitte.areas[0]).toMatchObject({ name: 'Mitte', ortsteile: ['Innenstadt'] });
		expect(mitte.areas[0].streets.map((s) => [s.name, s.from, s.to])).toEqual([
			['Markt', null, null],
			['Neustadt', 1, 20]
		]);
	});

	it('shows an officer photo only while the pictured person consents to publication', async () => {
		const png = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#336' } })
			.png()
			.toBuffer();
		const slug = officer.input.slug;
		await saveContactPhoto(t.db, officer.id, 'Vera Verdeckt', await processLogo(png));
		expect(await getPublicContactPhoto(t.db, slug)).toBeNull();
		expect((await listOfficers(t.db))[0].hasPhoto).toBe(false);

		await saveContactPhoto(t.db, officer.id, 'Jonas Offen', await processLogo(png));
		expect((await getPublicContactPhoto(t.db, slug))?.contentType).toBe('image/webp');
		expect((await listOfficers(t.db))[0].hasPhoto).toBe(true);

		await updatePartner(t.db, officer.id, { ...officer.input, contacts: [contact('Jonas Offen', false)] });
		expect(await getPublicContactPhoto(t.db, slug)).toBeNull();
		await updatePartner(t.db, officer.id, officer.input);
		expect(await getPublicContactPhoto(t.db, slug)).not.toBeNull();
		await setPartnerStatus(t.db, officer.id, 'draft');
		expect(await getPublicContactPhoto(t.db, slug)).toBeNull();
		await setPartnerStatus(t.db, officer.id, 'published');
	});

	it('reads the street from the GET form and refuses empty and overlong input', async () => {
		const ask = (query: string) => answerStreetQuery(t.db, new URLSearchParams(query), 'buergerpolizei');
		expect(await ask('')).toEqual({ asked: false });
		expect(await ask('strasse=++')).toMatchObject({ asked: true, problem: 'empty' });
		expect(await ask(`strasse=${'a'.repeat(101)}`)).toMatchObject({ asked: true, problem: 'too-long' });
		const answer = await ask('strasse=Markt+3');
		expect(answer.asked && answer.problem === null && answer.result.status).toBe('found');
		if (answer.asked && answer.problem === null && answer.result.status === 'found') {
			expect(answer.result.matches.map((m) => m.organization.name)).toEqual(['Bürgerpolizist Mitte']);
		}
	});

	it("gives a profile its areas and a lookup among partners of the area's kind; none for partners without area", async () => {
		const areas = await loadPartnerAreas(t.db, officer.id, new URLSearchParams('strasse=Markt'));
		expect(areas?.kind).toBe('buergerpolizei');
		expect(areas?.areas.map((a) => a.name)).toEqual(['Mitte']);
		const query = areas?.query;
		expect(query?.asked && query.problem === null && query.result.status).toBe('found');
		const plain = await createPartner(t.db, makePartnerInput({ name: 'Ohne Bereich' }));
		expect(await loadPartnerAreas(t.db, plain, new URLSearchParams())).toBeNull();
	});
});

describe('areas in the coordination', () => {
	const t = useTestDatabase();

	it('previews a CSV import without writing, and rejects lines overlapping another officer', async () => {
		const nord = await createPartner(t.db, makePartnerInput({ name: 'Nord' }));
		await areaWithStreets(t.db, nord, 'buergerpolizei', 'Nord', [street('Lessingstraße')]);
		const sued = await createPartner(t.db, makePartnerInput({ name: 'Süd' }));
		const suedArea = await areaWithStreets(t.db, sued, 'buergerpolizei', 'Süd', [street('Südstraße')]);

		const csv = 'strasse;von;bis\nSchillerstraße;;\nLessingstraße;2;8\nKantstraße;9;3\n';
		const preview = await previewAreaImport(t.db, { id: suedArea, name: 'Süd', kind: 'buergerpolizei' }, csv);

		expect(preview.rows.map((row) => row.streetName)).toEqual(['Schillerstraße']);
		expect(preview.rejected.map((line) => [line.line, line.reason])).toEqual([
			[3, "überschneidet sich mit Bereich 'Nord' von Nord (Lessingstraße, alle Hausnummern)"],
			[4, 'von (9) ist größer als bis (3)']
		]);
		expect((await listAreaStreets(t.db, suedArea)).map((s) => s.streetName)).toEqual(['Südstraße']);
	});

	it('saves the area form as a whole: an unknown Ortsteil leaves the name unchanged too', async () => {
		const owner = await createPartner(t.db, makePartnerInput({ name: 'Bbb Schule', status: 'draft' }));
		const area = await createServiceArea(
			t.db,
			{ organizationId: owner, kind: 'sonstige', name: 'Vorher', note: null },
			['innenstadt']
		);
		await expect(
			saveServiceArea(t.db, area, { organizationId: owner, kind: 'sonstige', name: 'Nachher', note: null }, [
				'atlantis'
			])
		).rejects.toThrow(UnknownTermError);
		const [listed] = (await listAllServiceAreas(t.db)).filter((row) => row.id === area);
		expect(listed).toMatchObject({ name: 'Vorher', ortsteilCount: 1 });

		await saveServiceArea(t.db, area, { organizationId: owner, kind: 'sonstige', name: 'Nachher', note: null }, [
			'pethau',
			'innenstadt'
		]);
		const [saved] = (await listAllServiceAreas(t.db)).filter((row) => row.id === area);
		expect(saved).toMatchObject({ name: 'Nachher', ortsteilCount: 2 });
	});

	it('changes an area and lists every area with its partner and counts', async () => {
		const owner = await createPartner(t.db, makePartnerInput({ name: 'Aaa Schule', status: 'draft' }));
		const area = await createServiceArea(t.db, {
			organizationId: owner,
			kind: 'sonstige',
			name: 'Alt',
			note: null
		});
		await setAreaOrtsteile(t.db, area, ['innenstadt', 'pethau']);
		await replaceAreaStreets(t.db, area, [street('Markt')]);
		await updateServiceArea(t.db, area, {
			organizationId: owner,
			kind: 'schulbezirk',
			name: 'Schulbezirk Aaa',
			note: 'Satzung'
		});

		const [first] = await listAllServiceAreas(t.db);
		expect(first).toEqual({
			id: area,
			name: 'Schulbezirk Aaa',
			kind: 'schulbezirk',
			streetCount: 1,
			ortsteilCount: 2,
			organization: { id: owner, slug: expect.any(String), name: 'Aaa Schule', status: 'draft' }
		});
		await expect(
			updateServiceArea(t.db, 9999, { organizationId: owner, kind: 'sonstige', name: 'X', note: null })
		).rejects.toThrow('does not exist');
	});
});
