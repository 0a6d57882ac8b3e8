import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, updatePartner } from '../../src/lib/server/partners/service';
import { SearchConnection } from '../../search/connection';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { findSearchIndex, searchIndexes } from '../../search/registry';
import { reindex, reindexMissing } from '../../search/reindex';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';
import { startTestMeili, type TestMeili } from '../helpers/test-env';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

describe('reindexing the partners', () => {
	let rt: TestRuntime;
	const ids: number[] = [];

	beforeAll(async () => {
		rt = await startTestRuntime();
		for (let i = 1; i <= 120; i++) {
			ids.push(await createPartner(rt.db, makePartnerInput({ name: `Beratungsstelle Nummer ${i}` })));
		}
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it('answers every search while it runs and keeps a change made meanwhile', async () => {
		const changed = ids[0];
		let searches = 0;
		const failures: unknown[] = [];
		let reindexing = true;
		const searchLoop = (async () => {
			while (reindexing) {
				try {
					const { estimatedTotalHits } = await rt.search
						.searchClient()!
						.index(PARTNERS_INDEX)
						.search('Beratungsstelle');
					if (!estimatedTotalHits) failures.push(new Error('a search found nothing'));
				} catch (error) {
					failures.push(error);
				}
				searches += 1;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		})();

		let changedDuringReindex = false;
		const result = await reindex(rt.db, rt.search, findSearchIndex(PARTNERS_INDEX)!, {
			batchSize: 30,
			onProgress: async () => {
				if (changedDuringReindex) return;
				changedDuringReindex = true;
				await updatePartner(rt.db, changed, makePartnerInput({ name: 'Opferhilfe Oberlausitz' }));
			}
		});
		reindexing = false;
		await searchLoop;
		await rt.drain();

		expect(result.documents).toBe(120);
		expect(result.replayed).toBeGreaterThanOrEqual(1);
		expect(failures).toEqual([]);
		expect(searches).toBeGreaterThan(5);
		const { hits } = await rt.search.searchClient()!.index(PARTNERS_INDEX).search('Opferhilfe Oberlausitz');
		expect(hits.map((h) => h.id)).toEqual([changed]);
		const { results } = await rt.search.adminClient().getRawIndexes();
		// No side index is left behind; the other indexes (proposals) are not this reindex's business.
		expect(results.map((index) => index.uid).filter((uid) => uid.startsWith(PARTNERS_INDEX))).toEqual([
			PARTNERS_INDEX
		]);
	}, 60_000);
});

describe('starting on a fresh Meilisearch', () => {
	const database = useTestDatabase();
	let meili: TestMeili;

	beforeAll(async () => {
		meili = await startTestMeili();
	});
	afterAll(async () => {
		await meili?.cleanup();
	});

	it('builds every missing index with its settings, and only once', async () => {
		await createPartner(database.db, makePartnerInput({ name: 'Stadtverwaltung Zittau' }));
		await createPartner(database.db, makePartnerInput({ name: 'Kita Sonnenschein', status: 'draft' }));
		const connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db: database.db });

		expect(await reindexMissing(database.db, connection)).toEqual(searchIndexes.map((index) => index.uid));
		expect(await reindexMissing(database.db, connection)).toEqual([]);

		const index = connection.adminClient().index(PARTNERS_INDEX);
		expect((await index.getStats()).numberOfDocuments).toBe(1);
		expect(await index.getFilterableAttributes()).toContain('categoryCode');
		expect((await connection.adminClient().getRawIndex(PARTNERS_INDEX)).primaryKey).toBe('id');
	});

	it('sets each index up with one settings update when the connection builds it', async () => {
		const connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db: database.db });
		for (const index of searchIndexes) await connection.adminClient().deleteIndex(index.uid).waitTask();
		const before = await connection.adminClient().tasks.getTasks({ types: ['settingsUpdate'], limit: 1000 });

		await connection.connect();

		expect(connection.isReady()).toBe(true);
		const { results } = await connection.adminClient().tasks.getTasks({ types: ['settingsUpdate'], limit: 1000 });
		const updates = results.slice(0, results.length - before.results.length);
		expect(updates.every((task) => task.status === 'succeeded')).toBe(true);
		// Each on its side index, which the swap then named after the index.
		expect(updates).toHaveLength(searchIndexes.length);
		const synonyms = await connection.adminClient().index(PARTNERS_INDEX).getSynonyms();
		expect(Object.keys(synonyms).length).toBeGreaterThan(1000);
		connection.close();
	});
});
