import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import * as api from '../../src/lib/server/hsds/api';
import { loadPartnerInput } from '../../src/lib/server/partners/profile-queries';
import { updatePartner } from '../../src/lib/server/partners/service';
import type { ExportSettings } from '../../src/lib/server/hsds/context';
import { pageErrors, schemaErrors } from '../helpers/hsds-schemas';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const settings: ExportSettings = { origin: 'https://partner.example.org', stateProvince: 'Sachsen' };
const params = (query: Record<string, string> = {}) => new URLSearchParams(query);

interface Page {
	total_items: number;
	total_pages: number;
	size: number;
	last_page: boolean;
	empty: boolean;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- HSDS records as JSON, checked by the schema validator
	contents: Record<string, any>[];
}

async function page(lister: typeof api.listServices, query: Record<string, string> = {}): Promise<Page> {
	const result = await lister(t.db, settings, params(query));
	if (!result.ok) throw new Error(result.message);
	return result.value as Page;
}

let t: TestDatabase;

describe('the HSDS 3.0 API on the demo network', () => {
	beforeAll(async () => {
		t = await createTestDatabase();
		await t.db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(t.db, { today: new Date('2026-11-25T09:00:00Z') });
	});
	afterAll(async () => {
		await t?.cleanup();
	});

	// Compiling the large compiled schemas takes a few seconds each.
	const SLOW = 120_000;

	it(
		'answers the lists in the form of the HSDS 3.0 API profile and schemas, with zero errors',
		async () => {
			const services = await page(api.listServices, { per_page: '1000' });
			const organizations = await page(api.listOrganizations, { per_page: '1000' });
			const sals = await page(api.listServiceAtLocations, { per_page: '1000' });
			const taxonomies = await api.listTaxonomies(params());
			const terms = await api.listTaxonomyTerms(t.db, params({ per_page: '1000' }));
			if (!taxonomies.ok || !terms.ok) throw new Error('taxonomy lists failed');
			expect([
				...pageErrors('service_list', services),
				...pageErrors('organization_list', organizations),
				...pageErrors('service_at_location_list', sals),
				...pageErrors('taxonomy', taxonomies.value),
				...pageErrors('taxonomy_term', terms.value)
			]).toEqual([]);
			expect(services.total_items).toBeGreaterThan(50);
			// The validator itself is not blind: a service without status and with a bad id fails.
			expect(schemaErrors('service_list', { id: 'x', name: 'Beratung' }).length).toBeGreaterThan(0);
			expect(sals.total_items).toBeGreaterThan(50);
		},
		SLOW
	);

	it(
		'answers every fully nested service of the demo network by the compiled service schema',
		async () => {
			const full = await page(api.listServices, { per_page: '1000', full: 'true' });
			expect(full.contents.flatMap((s) => schemaErrors('service', s))).toEqual([]);
			expect(
				full.contents.some((s) => s.service_areas.length > 0 && s.schedules.length > 0 && s.contacts.length > 0)
			).toBe(true);
			const one = await api.getService(t.db, settings, full.contents[0].id);
			expect(one).toEqual(full.contents[0]);
		},
		SLOW
	);

	it(
		'answers every organization and service at location by their compiled schemas',
		async () => {
			const organizations = await page(api.listOrganizations, { per_page: '1000', full: 'true' });
			expect(organizations.contents.flatMap((o) => schemaErrors('organization', o))).toEqual([]);
			const sals = await page(api.listServiceAtLocations, { per_page: '1000', full: 'true' });
			expect(sals.contents.flatMap((sal) => schemaErrors('service_at_location', sal))).toEqual([]);
			expect(await api.getOrganization(t.db, settings, organizations.contents[0].id)).toEqual(
				organizations.contents[0]
			);
			expect(await api.getServiceAtLocation(t.db, settings, sals.contents[0].id)).toEqual(sals.contents[0]);
		},
		SLOW
	);

	it('publishes only published partners and only the persons who consented', async () => {
		const published = await t.db
			.selectFrom('organizations')
			.select('uuid')
			.where('status', '=', 'published')
			.execute();
		const services = await page(api.listServices, { per_page: '1000', full: 'true' });
		expect(services.total_items).toBe(published.length);
		const hidden = await t.db.selectFrom('contacts').select('name').where('publish_consent', '=', 0).execute();
		const shown = new Set(services.contents.flatMap((s) => s.contacts.map((c: { name: string }) => c.name)));
		expect(hidden.filter((c) => shown.has(c.name))).toEqual([]);
		const draft = await t.db
			.selectFrom('organizations')
			.select('uuid')
			.where('status', '!=', 'published')
			.executeTakeFirst();
		if (draft) expect(await api.getOrganization(t.db, settings, draft.uuid)).toBeNull();
	});

	it('pages as the profile says and filters by search, organization, taxonomy term and modification time', async () => {
		const first = await page(api.listServices, { per_page: '10' });
		expect(first).toMatchObject({ page_number: 1, size: 10, first_page: true, last_page: false, empty: false });
		const last = await page(api.listServices, { per_page: '10', page: String(first.total_pages) });
		expect(last.last_page).toBe(true);
		const police = await page(api.listServices, { search: 'polizei' });
		expect(police.total_items).toBeGreaterThan(0);
		const one = police.contents[0];
		expect(
			(await page(api.listServices, { organization_id: one.organization_id })).contents.map((s) => s.id)
		).toEqual([one.id]);
		const detail = await api.getService(t.db, settings, one.id);
		const term = (detail!.attributes as { taxonomy_term_id: string }[])[0].taxonomy_term_id;
		const tagged = await page(api.listServices, { taxonomy_term_id: term, per_page: '1000' });
		expect(tagged.contents.map((s) => s.id)).toContain(one.id);
		expect((await page(api.listServices, { modified_after: '2999-01-01' })).empty).toBe(true);
		expect(await api.listServices(t.db, settings, params({ modified_after: 'gestern' }))).toMatchObject({
			ok: false
		});
		expect(await api.listServices(t.db, settings, params({ per_page: '100000' }))).toMatchObject({ ok: false });
	});

	it('keeps every id when a partner saves its profile again, which rewrites its phones, hours and persons', async () => {
		const full = await page(api.listServices, { per_page: '1000', full: 'true' });
		const before = full.contents.find(
			(s) => s.contacts.length > 0 && s.schedules.length > 0 && s.phones.length > 0
		)!;
		const { id } = await t.db
			.selectFrom('organizations')
			.select('id')
			.where('uuid', '=', before.organization_id)
			.executeTakeFirstOrThrow();
		await updatePartner(t.db, id, (await loadPartnerInput(t.db, id))!);
		const after = await api.getService(t.db, settings, before.id);
		expect({ ...after, last_modified: null, organization: null }).toEqual({
			...before,
			last_modified: null,
			organization: null
		});
	}, 120_000);
});
