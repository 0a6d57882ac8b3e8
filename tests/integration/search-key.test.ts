import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchConnection } from '../../search/connection';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { createTestDatabase, startTestMeili, type TestDatabase, type TestMeili } from '../helpers/test-env';

describe('the key the portal searches with', () => {
	let meili: TestMeili;
	let database: TestDatabase;
	let connection: SearchConnection;

	beforeAll(async () => {
		meili = await startTestMeili();
		database = await createTestDatabase();
		connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db: database.db });
		await connection.connect();
	});
	afterAll(async () => {
		connection?.close();
		await meili?.cleanup();
		await database?.cleanup();
	});

	const forbidden = { cause: { code: 'invalid_api_key' } };

	it('can search the partners index', async () => {
		const result = await connection.searchClient()!.index(PARTNERS_INDEX).search('Polizei');
		expect(result.hits).toEqual([]);
	});

	it('cannot add documents', async () => {
		const index = connection.searchClient()!.index(PARTNERS_INDEX);
		await expect(index.addDocuments([{ id: 1, name: 'Eingeschleust' }])).rejects.toMatchObject(forbidden);
	});

	it('cannot change index settings', async () => {
		const index = connection.searchClient()!.index(PARTNERS_INDEX);
		await expect(index.updateSettings({ searchableAttributes: ['email'] })).rejects.toMatchObject(forbidden);
	});

	it('cannot create keys or read other indexes', async () => {
		const client = connection.searchClient()!;
		await expect(client.getKeys()).rejects.toMatchObject(forbidden);
		await expect(client.index('users').search('')).rejects.toMatchObject(forbidden);
	});

	it('is reused, not multiplied, when the portal connects again', async () => {
		const again = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db: database.db });
		await again.connect();
		again.close();
		const { results } = await connection.adminClient().getKeys({ limit: 1000 });
		const portalKeys = results.filter((k) => k.name === 'kpr-portal-search');
		expect(portalKeys).toHaveLength(1);
		expect(portalKeys[0].actions).toEqual(['search']);
	});
});
