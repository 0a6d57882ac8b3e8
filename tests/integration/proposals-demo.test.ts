import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProposalQuery } from '../../src/lib/proposals/query';
import { DEMO_ACCOUNTS } from '../../src/lib/server/demo/accounts';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { listProposalTeam } from '../../src/lib/server/proposals/participation-queries';
import { getProposalBySlug } from '../../src/lib/server/proposals/queries';
import { searchProposals } from '../../search/proposal-search';
import { SearchConnection } from '../../search/connection';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

describe('the demo proposals', () => {
	let database: TestDatabase;
	// Never connected: searches fall back to the database, as while Meilisearch is down.
	let unreachable: SearchConnection;

	beforeAll(async () => {
		database = await createTestDatabase();
		unreachable = new SearchConnection({ url: 'http://127.0.0.1:9', masterKey: 'unbenutzt', db: database.db });
		await seedDemoData(database.db, { today: new Date('2026-11-25T10:00:00Z') });
	}, 60_000);
	afterAll(async () => {
		unreachable?.close();
		await database?.cleanup();
	});

	it("include the school's open, public media week in Zittau-Süd, looking for the police and a youth club", async () => {
		const proposal = await getProposalBySlug(database.db, 'medienwoche-zittau-sued');
		expect(proposal).toMatchObject({
			title: 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd',
			organizationSlug: DEMO_ACCOUNTS.schoolEditor.organization.slug,
			status: 'open',
			visibility: 'public',
			ortsteile: [{ code: 'zittau-sued', label: 'Zittau-Süd' }]
		});
		expect(proposal!.lookingFor).toMatch(/Polizei.*Jugendclub/);
		expect(proposal!.topics.length).toBeGreaterThan(0);
		expect(proposal!.targetGroups.length).toBeGreaterThan(0);
	});

	it('have one of each kind: partners-only open, draft, in progress with a team; nobody is mailed about them', async () => {
		expect(await getProposalBySlug(database.db, 'sicherheitsbegehung-weinaupark')).toMatchObject({
			status: 'open',
			visibility: 'partners'
		});
		expect(await getProposalBySlug(database.db, 'schulwegdetektive-hirschfelde')).toMatchObject({
			status: 'draft'
		});
		const running = await getProposalBySlug(database.db, 'aktionstage-enkeltrick-innenstadt');
		expect(running).toMatchObject({ status: 'in_progress' });
		expect((await listProposalTeam(database.db, running!.id)).map((m) => m.organizationSlug)).toContain(
			'polizeirevier-zittau'
		);
		const queued = await database.db.selectFrom('notifications').select(['id']).execute();
		expect(queued).toEqual([]);
	});

	it('while Meilisearch is down, the list from the database still hides partners-only proposals and drafts from citizens', async () => {
		const everything = parseProposalQuery(new URLSearchParams());
		const citizen = await searchProposals(database.db, unreachable, everything, 'public');
		expect(citizen.degraded).toBe(true);
		expect(citizen.hits.map((h) => h.slug).sort()).toEqual([
			'aktionstage-enkeltrick-innenstadt',
			'graffiti-workshop-alte-feuerwache',
			'medienwoche-zittau-sued'
		]);
		const partner = await searchProposals(database.db, unreachable, everything, 'partners');
		expect(partner.hits.map((h) => h.slug)).toContain('sicherheitsbegehung-weinaupark');
		expect(partner.hits.map((h) => h.slug)).not.toContain('schulwegdetektive-hirschfelde');
		const filtered = await searchProposals(
			database.db,
			unreachable,
			parseProposalQuery(new URLSearchParams('q=Medien&ortsteil=zittau-sued')),
			'public'
		);
		expect(filtered.hits.map((h) => h.slug)).toEqual(['medienwoche-zittau-sued']);
	});
});
