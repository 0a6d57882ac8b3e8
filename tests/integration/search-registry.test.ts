import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirectoryQuery } from '../../src/lib/directory/query';
import { parseProposalQuery } from '../../src/lib/proposals/query';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { PARTNERS_INDEX, createPartner, setPartnerStatus, updatePartner } from '../../src/lib/server/partners/service';
import { emptyProposalValues } from '../../src/lib/server/proposals/proposal-form';
import { PROPOSALS_INDEX, createProposal } from '../../src/lib/server/proposals/service';
import { searchDirectory } from '../../search/directory';
import { searchProposals } from '../../search/proposal-search';
import { searchIndexes } from '../../search/registry';
import { settle } from '../../search/tasks';
import { makePartnerInput } from '../fixtures/partners';
import { eventually, startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

describe('one registry of search indexes', () => {
	let rt: TestRuntime;
	let schoolId: number;
	const schoolInput = makePartnerInput({ name: 'Oberschule Nordstern', category: 'schule', topics: ['mobbing'] });

	const partnerNames = async (q: string) => {
		const result = await searchDirectory(rt, parseDirectoryQuery(new URLSearchParams({ q })));
		return { degraded: result.degraded, names: result.hits.map((h) => h.name.map((run) => run.text).join('')) };
	};
	const proposalsFound = async (q: string, audience: 'public' | 'partners' = 'public') => {
		const result = await searchProposals(
			rt.db,
			rt.search,
			parseProposalQuery(new URLSearchParams({ q })),
			audience
		);
		return {
			degraded: result.degraded,
			titles: result.hits.map((h) => h.title),
			organizations: result.hits.map((h) => h.organizationName)
		};
	};
	const indexExists = (uid: string) => rt.search.indexExists(uid);

	beforeAll(async () => {
		rt = await startTestRuntime();
		schoolId = await createPartner(rt.db, schoolInput);
		const teacher = await createUser(rt.db, {
			email: 'lehrerin@example.org',
			name: 'Lehrerin',
			role: 'partner',
			password: 'ein-langes-passwort-2026'
		});
		await addMembership(rt.db, teacher, schoolId, 'editor');
		const values = {
			...emptyProposalValues(schoolId),
			title: 'Pausenhof ohne Mobbing',
			summary: 'Pausenengel-Projekt mit der Polizei.',
			topics: ['mobbing']
		};
		await createProposal(
			rt.db,
			{ organizationId: schoolId, userId: teacher, values: { ...values, visibility: 'public' }, open: true },
			'http://portal.test'
		);
		await createProposal(
			rt.db,
			{
				organizationId: schoolId,
				userId: teacher,
				values: { ...values, title: 'Interne Pausenaufsicht', visibility: 'partners' },
				open: true
			},
			'http://portal.test'
		);
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it("finds a proposal under its organization's new name once the partner is renamed, and no longer under the old one", async () => {
		expect((await proposalsFound('Nordstern')).titles).toEqual(['Pausenhof ohne Mobbing']);
		await updatePartner(rt.db, schoolId, { ...schoolInput, name: 'Oberschule Lindenhof' });
		await rt.drain();
		const renamed = await proposalsFound('Lindenhof');
		expect(renamed.titles).toEqual(['Pausenhof ohne Mobbing']);
		expect(renamed.organizations).toEqual(['Oberschule Lindenhof']);
		expect((await proposalsFound('Nordstern')).titles).toEqual([]);
	});

	it('re-delivers the proposals of a partner that is unpublished or published again, with the partner itself', async () => {
		const proposalUpdates = () =>
			rt.search.adminClient().tasks.getTasks({
				indexUids: [PROPOSALS_INDEX],
				statuses: ['succeeded'],
				types: ['documentAdditionOrUpdate']
			});
		const before = await proposalUpdates();
		await setPartnerStatus(rt.db, schoolId, 'draft');
		await rt.drain();
		const after = await proposalUpdates();
		expect(after.total!).toBeGreaterThan(before.total!);
		expect((await partnerNames('Lindenhof')).names).toEqual([]);
		await setPartnerStatus(rt.db, schoolId, 'published');
		await rt.drain();
		expect((await partnerNames('Lindenhof')).names).toEqual(['Oberschule Lindenhof']);
	});

	for (const uid of [PARTNERS_INDEX, PROPOSALS_INDEX]) {
		it(`answers from SQLite while the "${uid}" index is missing, and builds it again by itself`, async () => {
			await settle(rt.search.adminClient().deleteIndex(uid));
			const partners = await partnerNames('Lindenhof');
			const proposals = await proposalsFound('Pausenhof');
			// The search that met the missing index fell back; the other one may still come from Meilisearch.
			expect(uid === PARTNERS_INDEX ? partners.degraded : proposals.degraded).toBe(true);
			expect(partners.names).toEqual(['Oberschule Lindenhof']);
			expect(proposals.titles).toEqual(['Pausenhof ohne Mobbing']);
			await eventually(() => indexExists(uid), Boolean, 30_000);
			await rt.search.waitUntilReady();
			expect(await partnerNames('Lindenhof')).toEqual({ degraded: false, names: ['Oberschule Lindenhof'] });
			expect(await proposalsFound('Pausenhof')).toMatchObject({
				degraded: false,
				titles: ['Pausenhof ohne Mobbing']
			});
		}, 60_000);
	}

	it('answers proposal searches from SQLite with the same visibility while Meilisearch is down, and from it again once back', async () => {
		await rt.meili.kill();
		const down = await proposalsFound('Pause');
		expect(down.degraded).toBe(true);
		expect(down.titles).toEqual(['Pausenhof ohne Mobbing']);
		expect((await proposalsFound('Pause', 'partners')).titles.sort()).toEqual([
			'Interne Pausenaufsicht',
			'Pausenhof ohne Mobbing'
		]);
		await rt.meili.restart();
		await rt.search.waitUntilReady(30_000);
		expect((await proposalsFound('Pause')).degraded).toBe(false);
	}, 60_000);

	it('lists every index it declares in Meilisearch, and no other', async () => {
		const { results } = await rt.search.adminClient().getRawIndexes();
		expect(results.map((index) => index.uid).sort()).toEqual(searchIndexes.map((index) => index.uid).sort());
	});
});
