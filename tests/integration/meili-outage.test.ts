import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHealth } from '../../src/lib/server/health';
import { getPublicPartners } from '../../src/lib/server/partners/queries';
import { createPartner, deletePartner, updatePartner } from '../../src/lib/server/partners/service';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { outboxBacklog } from '../../src/lib/server/db/search-outbox';
import { makePartnerInput } from '../fixtures/partners';
import { eventually, startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

describe('when Meilisearch goes down while partners are being edited', () => {
	let rt: TestRuntime;

	beforeAll(async () => {
		rt = await startTestRuntime();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	const indexedNames = async () => {
		const { results } = await rt.search
			.adminClient()
			.index(PARTNERS_INDEX)
			.getDocuments({ fields: ['id', 'name'], limit: 1000 });
		return new Map(results.map((d) => [d.id as number, d.name as string]));
	};

	it('keeps every change committed and delivers all of it once Meilisearch is back', async () => {
		const kept = await createPartner(rt.db, makePartnerInput({ name: 'Polizeirevier Zittau' }));
		const renamed = await createPartner(rt.db, makePartnerInput({ name: 'Jugendclub Alt' }));
		const removed = await createPartner(rt.db, makePartnerInput({ name: 'Seniorentreff Pethau' }));
		await rt.drain();
		expect([...(await indexedNames()).keys()].sort()).toEqual([kept, renamed, removed].sort());

		await rt.meili.kill();

		const added: number[] = [];
		for (let i = 1; i <= 5; i++) {
			added.push(await createPartner(rt.db, makePartnerInput({ name: `Nachbarschaftshilfe ${i}` })));
		}
		await updatePartner(rt.db, renamed, makePartnerInput({ name: 'Jugendclub Neu' }));
		await deletePartner(rt.db, removed);

		expect(await getPublicPartners(rt.db, [...added, renamed])).toHaveLength(6);
		expect(await outboxBacklog(rt.db)).toBe(7);
		await eventually(
			() => Promise.resolve(rt.search.searchClient()),
			(client) => client === null
		);
		expect(await checkHealth(rt)).toEqual({
			status: 'degraded',
			reason: expect.stringContaining('Ersatzsuche'),
			database: 'ok',
			meilisearch: 'unreachable',
			outboxBacklog: 7
		});

		await rt.meili.restart();

		await eventually(
			() => outboxBacklog(rt.db),
			(backlog) => backlog === 0,
			30_000
		);
		const names = await indexedNames();
		expect([...names.keys()].sort()).toEqual([kept, renamed, ...added].sort());
		expect(names.get(renamed)).toBe('Jugendclub Neu');
		await eventually(
			() => Promise.resolve(rt.search.searchClient()),
			(client) => client !== null,
			30_000
		);
		const { hits } = await rt.search.searchClient()!.index(PARTNERS_INDEX).search('Nachbarschaftshilfe');
		expect(hits).toHaveLength(5);
		expect(await checkHealth(rt)).toEqual({
			status: 'ok',
			database: 'ok',
			meilisearch: 'reachable',
			outboxBacklog: 0
		});
	}, 90_000);

	it('rebuilds the index when Meilisearch comes back without its data', async () => {
		const before = await indexedNames();
		expect(before.size).toBeGreaterThan(0);

		await rt.meili.kill();
		const addedMeanwhile = await createPartner(rt.db, makePartnerInput({ name: 'Gemeindepädagogin Hirschfelde' }));
		await rt.meili.restart({ wipeData: true });

		await eventually(
			() => outboxBacklog(rt.db),
			(backlog) => backlog === 0,
			30_000
		);
		await eventually(
			() => Promise.resolve(rt.search.searchClient()),
			(client) => client !== null,
			30_000
		);
		const after = await indexedNames();
		expect([...after.keys()].sort()).toEqual([...before.keys(), addedMeanwhile].sort());
		const { hits } = await rt.search.searchClient()!.index(PARTNERS_INDEX).search('Gemeindepädagogin');
		expect(hits.map((h) => h.id)).toEqual([addedMeanwhile]);
		expect(await rt.search.adminClient().index(PARTNERS_INDEX).getFilterableAttributes()).toContain('categoryCode');
	}, 90_000);
});
