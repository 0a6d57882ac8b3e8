import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, deletePartner, setPartnerStatus } from '../../src/lib/server/partners/service';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { pruneDeliveredEntries } from '../../search/sync';
import { outboxBacklog } from '../../src/lib/server/db/search-outbox';
import { makePartnerInput } from '../fixtures/partners';
import { eventually, startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

describe('search outbox sync', () => {
	let rt: TestRuntime;

	beforeAll(async () => {
		// No poll within a test's time: only the wake-up on commit can deliver what the tests save.
		rt = await startTestRuntime({ syncIntervalMs: 10 * 60_000 });
		// A fresh Meilisearch loads its German word lists during the first additions (about 2 s each).
		for (const name of ['Aufwärmen eins', 'Aufwärmen zwei']) {
			const id = await createPartner(rt.db, makePartnerInput({ name }));
			await rt.drain();
			await deletePartner(rt.db, id);
			await rt.drain();
		}
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	const searchIds = async (q: string) => {
		const { hits } = await rt.search.searchClient()!.index(PARTNERS_INDEX).search(q);
		return hits.map((h) => h.id as number);
	};

	// Speed (save → searchable) is measured by `npm run bench`, not asserted here.
	it('makes a saved partner searchable as soon as the save commits, without waiting for a poll', async () => {
		const id = await createPartner(rt.db, makePartnerInput({ name: 'Weißer Ring Zittau' }));
		await eventually(
			() => searchIds('Weißer Ring Zittau'),
			(ids) => ids.includes(id),
			10_000
		);
		await eventually(
			() => outboxBacklog(rt.db),
			(backlog) => backlog === 0
		);
	});

	it('removes a partner from the index when it is unpublished', async () => {
		const id = await createPartner(rt.db, makePartnerInput({ name: 'Suchtberatung Diakonie' }));
		await rt.drain();
		expect(await searchIds('Suchtberatung')).toContain(id);

		await setPartnerStatus(rt.db, id, 'draft');
		await rt.drain();
		expect(await searchIds('Suchtberatung')).not.toContain(id);
	});

	it('removes a partner from the index when it is deleted', async () => {
		const id = await createPartner(rt.db, makePartnerInput({ name: 'Verkehrswacht Oberlausitz' }));
		await rt.drain();
		expect(await searchIds('Verkehrswacht')).toContain(id);

		await deletePartner(rt.db, id);
		await rt.drain();
		expect(await searchIds('Verkehrswacht')).not.toContain(id);
	});

	it('keeps a document Meilisearch rejects pending with its error, and still delivers the others', async () => {
		const brokenId = await createPartner(rt.db, makePartnerInput({ name: 'Zu viele Themen' }));
		// Data no form would accept, written behind the service's back: each topic adds a field
		// `topicCentrality.<code>`, and Meilisearch refuses a document with more fields than it has ids (65,535).
		await sql`insert into taxonomy_terms (taxonomy, code, label)
			with recursive n(i) as (select 1 union all select i + 1 from n where i < 66000)
			select 'topic', 'zuviel-' || i, 'Zuviel ' || i from n`.execute(rt.db);
		await sql`insert into organization_terms (organization_id, term_id)
			select ${brokenId}, id from taxonomy_terms where code like 'zuviel-%'`.execute(rt.db);
		await setPartnerStatus(rt.db, brokenId, 'published');
		const fineId = await createPartner(rt.db, makePartnerInput({ name: 'Schiedsstelle Zittau' }));

		await expect(rt.drain()).rejects.toThrow(/could not be delivered/);
		expect(await searchIds('Schiedsstelle')).toContain(fineId);
		const pending = await rt.db
			.selectFrom('search_outbox')
			.select(['document_id', 'attempts', 'last_error'])
			.where('delivered_at', 'is', null)
			.execute();
		expect(pending.length).toBeGreaterThan(0);
		for (const entry of pending) {
			expect(entry.document_id).toBe(String(brokenId));
			expect(entry.attempts).toBeGreaterThanOrEqual(1);
			expect(entry.last_error).toMatch(/failed: .*(field|attribute)/i);
		}

		// Withdrawing the partner lets the entry deliver as a deletion.
		await setPartnerStatus(rt.db, brokenId, 'archived');
		await rt.drain();
		expect(await outboxBacklog(rt.db)).toBe(0);
	});

	it('keeps delivered entries for an hour, then prunes them', async () => {
		const outbox = rt.db.selectFrom('search_outbox').select('id');
		expect((await outbox.execute()).length).toBeGreaterThan(0);

		await pruneDeliveredEntries(rt.db);
		expect((await outbox.execute()).length).toBeGreaterThan(0);

		await pruneDeliveredEntries(rt.db, Date.now() + 2 * 60 * 60 * 1000);
		expect(await outbox.execute()).toHaveLength(0);
	});
});
