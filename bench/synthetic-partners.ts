import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { createPartner } from '../src/lib/server/partners/service';
import { listTerms } from '../src/lib/server/partners/queries';
import type { PartnerInput } from '../src/lib/server/partners/types';
import { seededRandom } from '../src/lib/server/demo/random';
import type { SearchConnection } from '../search/connection';
import { startSearchSync } from '../search/sync';

const ORTSTEILE = ['Innenstadt', 'Zittau-Nord', 'Zittau-Süd', 'Zittau-Ost', 'Zittau-West', 'Pethau', 'Hirschfelde'];
const KINDS = ['Beratungsstelle', 'Verein', 'Schule', 'Jugendclub', 'Treff', 'Dienst', 'Initiative', 'Zentrum'];
const FOCUS = ['Sucht', 'Gewalt', 'Medien', 'Nachbarschaft', 'Familie', 'Senioren', 'Verkehr', 'Opferhilfe'];
const WORDS = ['Prävention', 'Beratung', 'Hilfe', 'Begleitung', 'Kurse', 'Workshops', 'Sprechstunde', 'Elternabend'];

/** Inserts `count` plausible partners through the write service (so each one also fills the outbox). */
export async function createSyntheticPartners(
	db: Kysely<Database>,
	count: number
): Promise<{ id: number; input: PartnerInput }[]> {
	await db
		.insertInto('taxonomy_terms')
		.values(
			ORTSTEILE.map((label, position) => ({ taxonomy: 'ortsteil' as const, code: slug(label), label, position }))
		)
		.onConflict((oc) => oc.doNothing())
		.execute();
	const [categories, topics, groups, languages] = await Promise.all(
		(['category', 'topic', 'target_group', 'language'] as const).map((t) => listTerms(db, t))
	);
	const random = seededRandom('bench');
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	const created: { id: number; input: PartnerInput }[] = [];
	for (let i = 0; i < count; i++) {
		const focus = pick(FOCUS);
		const name = `${focus}-${pick(KINDS)} ${pick(ORTSTEILE)} ${i + 1}`;
		const input: PartnerInput = {
			slug: `bench-${i + 1}`,
			name,
			shortName: null,
			category: pick(categories).code,
			description: `${name}: ${pick(WORDS)} und ${pick(WORDS)} zum Thema ${focus} für Menschen in Zittau.`,
			offer: `${pick(WORDS)}, ${pick(WORDS)}`,
			topics: [pick(topics).code, pick(topics).code].filter((v, k, a) => a.indexOf(v) === k),
			mainTopics: [],
			targetGroups: [pick(groups).code],
			mainTargetGroups: [],
			translations: {},
			languages: ['de', pick(languages).code].filter((v, k, a) => a.indexOf(v) === k),
			ortsteile: [slug(pick(ORTSTEILE))],
			email: `kontakt${i + 1}@example.org`,
			website: null,
			accessibilityNote: null,
			wheelchairAccessible: random() < 0.5,
			verifiedAt: '2026-10-01',
			status: 'published',
			address: {
				name: null,
				street: `Teststraße ${i + 1}`,
				postalCode: '02763',
				city: 'Zittau',
				ortsteil: null,
				latitude: 50.88 + random() * 0.04,
				longitude: 14.78 + random() * 0.06
			},
			phones: [{ number: `03583 ${String(100000 + i)}`, label: null }],
			contacts: [
				{
					name: `Person ${i + 1}`,
					role: 'Ansprechperson',
					phone: null,
					email: null,
					publishConsent: true,
					consentGivenAt: null
				}
			],
			schedules: [{ kind: 'opening', weekday: 1 + (i % 5), opensAt: '09:00', closesAt: '15:00', note: null }],
			closures: []
		};
		created.push({ id: await createPartner(db, input), input });
	}
	return created;
}

function slug(label: string): string {
	return label
		.toLowerCase()
		.replace(/ü/g, 'ue')
		.replace(/[^a-z0-9]+/g, '-');
}

/**
 * Delivers every pending outbox entry (the synthetic partners' 10,000 among them) before anything is
 * measured: a server started with them pending would spend its first minute delivering them beside
 * the requests it is timed on.
 */
export async function deliverPendingOutbox(db: Kysely<Database>, connection: SearchConnection): Promise<void> {
	const sync = startSearchSync(db, connection, { intervalMs: 3_600_000, batchSize: 1000 });
	try {
		await sync.drain();
	} finally {
		await sync.stop();
	}
}
