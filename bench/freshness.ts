import type { Kysely } from 'kysely';
import type { Meilisearch } from 'meilisearch';
import { addMembership, createUser } from '../src/lib/server/auth/users';
import type { Database } from '../src/lib/server/db/schema';
import { updatePartner } from '../src/lib/server/partners/service';
import type { PartnerInput } from '../src/lib/server/partners/types';
import { emptyProposalValues } from '../src/lib/server/proposals/proposal-form';
import { createProposal } from '../src/lib/server/proposals/service';
import { summarize, type LatencySummary } from './stats';

type Partner = { id: number; input: PartnerInput };

/**
 * Save → searchable: each save goes through the partner service, as a form action does, and the
 * clock stops when a search of `index` finds the new text. `saves` partners are edited in turn.
 */
export async function measureFreshness(
	db: Kysely<Database>,
	admin: Meilisearch,
	partners: Partner[],
	{ saves, index, field }: { saves: number; index: string; field: 'offer' | 'name' }
): Promise<LatencySummary> {
	const samples: number[] = [];
	for (let i = 0; i < saves; i++) {
		const partner = partners[i % partners.length];
		const token = `frisch${i}x${Date.now().toString(36)}`;
		const input = { ...partner.input, [field]: `${partner.input[field]} ${token}` };
		const saved = performance.now();
		await updatePartner(db, partner.id, input);
		while ((await admin.index(index).search(token, { limit: 1 })).hits.length === 0) {
			await new Promise((r) => setTimeout(r, 5));
		}
		samples.push(performance.now() - saved);
		partner.input = input;
	}
	return summarize(samples);
}

/** One open, public proposal for each of these partners, so that renaming them shows in the proposals index. */
export async function createProposalsFor(db: Kysely<Database>, partners: Partner[]): Promise<void> {
	const userId = await createUser(db, { email: 'bench@example.org', name: 'Bench', role: 'partner' });
	for (const { id, input } of partners) {
		await addMembership(db, userId, id, 'editor');
		const values = {
			...emptyProposalValues(id),
			title: `Projekt von ${input.name}`,
			summary: 'Ein Vorhaben für den Benchmark.',
			visibility: 'public' as const
		};
		await createProposal(db, { organizationId: id, userId, values, open: true }, 'http://bench.invalid');
	}
}
