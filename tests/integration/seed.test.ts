import { SETTINGS_ENTRY } from '../../src/lib/server/db/search-outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartnerInput } from '../../src/lib/server/demo/build';
import { DEMO_PARTNERS } from '../../src/lib/server/demo/partners/index';
import { DemoDataRefusedError, seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { getPublicPartners, listPublishedPartnerIds, listTerms } from '../../src/lib/server/partners/queries';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { useTestDatabase } from '../helpers/test-database';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const today = new Date('2026-11-25T10:00:00Z');

describe('the demo seed', () => {
	const t = useTestDatabase((db) => seedDemoData(db, { today }));

	it('creates at least 60 partners, mostly published, some drafts and archived ones', async () => {
		const rows = await t.db.selectFrom('organizations').select(['status']).execute();
		expect(rows.length).toBeGreaterThanOrEqual(60);
		const count = (status: string) => rows.filter((r) => r.status === status).length;
		expect(count('published')).toBeGreaterThan(rows.length * 0.8);
		expect(count('draft')).toBeGreaterThan(0);
		expect(count('archived')).toBeGreaterThan(0);
	});

	it('covers every category, topic, target group and language with published partners', async () => {
		const partners = await getPublicPartners(t.db, await listPublishedPartnerIds(t.db));
		const used = {
			category: new Set(partners.map((p) => p.category.code)),
			topic: new Set(partners.flatMap((p) => p.topics.map((t) => t.code))),
			target_group: new Set(partners.flatMap((p) => p.targetGroups.map((t) => t.code))),
			language: new Set(partners.flatMap((p) => p.languages.map((t) => t.code)))
		};
		for (const taxonomy of ['category', 'topic', 'target_group', 'language'] as const) {
			const codes = (await listTerms(t.db, taxonomy)).map((t) => t.code);
			expect(
				codes.filter((code) => !used[taxonomy].has(code)),
				taxonomy
			).toEqual([]);
		}
	});

	it('loads the Ortsteile of Zittau and places every address in one of them, within the town', async () => {
		const ortsteile = (await listTerms(t.db, 'ortsteil')).map((t) => t.label);
		expect(ortsteile).toEqual(
			expect.arrayContaining(['Innenstadt', 'Pethau', 'Hirschfelde', 'Schlegel', 'Wittgendorf'])
		);
		const locations = await t.db
			.selectFrom('locations')
			.select(['ortsteil_id', 'latitude', 'longitude', 'postal_code'])
			.execute();
		for (const l of locations) {
			expect(l.ortsteil_id).not.toBeNull();
			expect(l.latitude).toBeGreaterThan(50.85);
			expect(l.latitude).toBeLessThan(50.99);
			expect(l.longitude).toBeGreaterThan(14.76);
			expect(l.longitude).toBeLessThan(14.9);
			expect(['02763', '02788']).toContain(l.postal_code);
		}
	});

	it('gives contacts fictional example.org addresses and Zittau numbers, and keeps those without consent private', async () => {
		const contacts = await t.db
			.selectFrom('contacts')
			.select(['name', 'email', 'phone', 'publish_consent'])
			.execute();
		expect(contacts.every((c) => c.email?.endsWith('@example.org'))).toBe(true);
		expect(contacts.every((c) => c.phone?.startsWith('03583 '))).toBe(true);
		const hidden = contacts.filter((c) => c.publish_consent === 0).map((c) => c.name);
		expect(hidden.length).toBeGreaterThan(0);

		const published = await getPublicPartners(t.db, await listPublishedPartnerIds(t.db));
		const shown = published.flatMap((p) => p.contacts.map((c) => c.name));
		expect(shown.filter((name) => hidden.includes(name))).toEqual([]);
	});

	it('dates some entries as checked recently and some more than six months ago', async () => {
		const rows = await t.db
			.selectFrom('organizations')
			.select(['verified_at'])
			.where('status', '=', 'published')
			.execute();
		const sixMonthsAgo = '2026-05-25';
		expect(rows.filter((r) => r.verified_at !== null && r.verified_at < sixMonthsAgo).length).toBeGreaterThan(3);
		expect(rows.filter((r) => r.verified_at !== null && r.verified_at > '2026-09-01').length).toBeGreaterThan(30);
	});

	it('queues one search outbox entry per created partner', async () => {
		const partners = await t.db.selectFrom('organizations').select(['id']).execute();
		const outbox = await t.db
			.selectFrom('search_outbox')
			.select(['document_id'])
			.where('index_uid', '=', 'partners')
			.where('document_id', '!=', SETTINGS_ENTRY)
			.execute();
		expect(outbox.map((o) => Number(o.document_id)).sort()).toEqual(partners.map((p) => p.id).sort());
	});

	it('refuses to run again without force and leaves the partners untouched', async () => {
		const before = await t.db.selectFrom('organizations').select(['id']).execute();
		await expect(seedDemoData(t.db, { today })).rejects.toBeInstanceOf(DemoDataRefusedError);
		expect(await t.db.selectFrom('organizations').select(['id']).execute()).toEqual(before);
	});

	it('replaces the partners when forced, recording every deletion in the outbox', async () => {
		const before = (await t.db.selectFrom('organizations').select(['id']).execute()).map((r) => r.id);
		const summary = await seedDemoData(t.db, { today, force: true });

		expect(summary.deleted).toBe(before.length);
		const after = (await t.db.selectFrom('organizations').select(['id']).execute()).map((r) => r.id);
		expect(after).toHaveLength(before.length);
		expect(after.filter((id) => before.includes(id))).toEqual([]);
		const queued = new Set(
			(await t.db.selectFrom('search_outbox').select(['document_id']).execute()).map((o) => Number(o.document_id))
		);
		expect(before.every((id) => queued.has(id))).toBe(true);
	});

	it('comes out the same on every run', () => {
		const first = DEMO_PARTNERS.map((p) => buildPartnerInput(p, today));
		const second = DEMO_PARTNERS.map((p) => buildPartnerInput(p, today));
		expect(second).toEqual(first);
		expect(new Set(first.map((p) => p.slug)).size).toBe(first.length);
	});
});

describe('searching the demo network', () => {
	let runtime: TestRuntime;

	beforeAll(async () => {
		runtime = await startTestRuntime();
		await seedDemoData(runtime.db, { today });
		await runtime.drain();
	});

	afterAll(async () => {
		await runtime.cleanup();
	});

	/** The first page of the directory shows ten partners. */
	async function firstPage(query: string): Promise<string[]> {
		const result = await runtime.search.adminClient().index(PARTNERS_INDEX).search(query, { limit: 10 });
		return result.hits.map((hit) => String(hit.slug));
	}

	it.each([
		[
			'Bürgerpolizist',
			['buergerpolizist-innenstadt', 'buergerpolizistin-nord-west', 'buergerpolizist-hirschfelde']
		],
		['Enkeltrick', ['polizeiliche-beratungsstelle-zittau', 'seniorensicherheitsberater-zittau']],
		['Mobbing an der Schule', ['oberschule-am-toepferberg', 'schulsozialarbeit-zittau']],
		['Drogen', ['suchtberatung-zittau', 'mobile-jugendarbeit-streetwork-zittau']],
		[
			'häusliche Gewalt',
			['interventionsstelle-haeusliche-gewalt-zittau', 'frauen-und-kinderschutzhaus-oberlausitz-sued']
		],
		['Einbruch', ['polizeiliche-beratungsstelle-zittau', 'buergerpolizist-hirschfelde']]
	])('shows fitting partners on the first page when a citizen types "%s"', async (query, expected) => {
		const hits = await firstPage(query);
		for (const slug of expected) expect(hits, `${slug} for "${query}"`).toContain(slug);
	});

	it('puts a Bürgerpolizist first when a citizen looks for one', async () => {
		expect((await firstPage('Bürgerpolizist'))[0]).toMatch(/^buergerpolizist/);
	});

	it('does not index drafts or archived partners', async () => {
		expect(await firstPage('Wiesenhüpfer Dittelsdorf')).not.toContain('kita-wiesenhuepfer-dittelsdorf');
		expect(await firstPage('Alte Feuerwache')).not.toContain('jugendtreff-alte-feuerwache-hirschfelde');
	});
});
