import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-vocabulary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An installation migrated up to `migration`, whose coordinator has set the words of one concept. */
async function installationAt(file: string, migration: string, label: string, words: string[]) {
	const db = openDatabase(path.join(dir, file));
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	await migrator.migrateTo(migration);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
	await (db as any)
		.updateTable('search_vocabulary')
		.set({ words: words.join('\n') })
		.where('label', '=', label)
		.execute();
	return { db, migrator };
}

type Vocabulary = Awaited<ReturnType<typeof listVocabulary>>;

/**
 * An installation at `before` whose coordinator has set `words` for `label`, migrated to the latest
 * version: the coordinator's words still lead the concept, and `check` sees the vocabulary. Migrated
 * back to `before` again, `checkRollback` sees it (when given).
 */
async function migrateInstallation(
	installation: { file: string; before: string; label: string; words: string[] },
	check: (concepts: Vocabulary, own: Vocabulary[number]) => void,
	checkRollback?: (after: Vocabulary) => void,
	prepare?: (db: DB) => Promise<unknown>
) {
	const { file, before, label, words } = installation;
	const { db, migrator } = await installationAt(file, before, label, words);
	try {
		await prepare?.(db);
		await migrateToLatest(db);
		const concepts = await listVocabulary(db);
		const own = concepts.find((c) => c.label === label)!;
		expect(own.words.slice(0, words.length)).toEqual(words);
		check(concepts, own);
		if (!checkRollback) return;
		await migrator.migrateTo(before);
		checkRollback(await listVocabulary(db));
	} finally {
		await db.destroy();
	}
}

it("adds the everyday words to an installation's vocabulary and keeps the coordinator's words", async () => {
	// The coordinator has trimmed the Sucht concept to two words of their own.
	await migrateInstallation(
		{
			file: 'portal.db',
			before: '2026_12_02_1920_partner_import_jobs',
			label: 'Sucht',
			words: ['sucht', 'bubatz']
		},
		(concepts, sucht) => {
			expect(sucht.words).toContain('gras');
			expect(sucht.words.filter((w) => w === 'bubatz')).toHaveLength(1);
			// Words of the first seed the coordinator removed stay removed.
			expect(sucht.words).not.toContain('cannabis');
			const theft = concepts.find((c) => c.label === 'Diebstahl')!;
			expect(theft).toMatchObject({ searchTerms: 'polizei diebstahl', danger: false });
			expect(theft.words).toEqual(expect.arrayContaining(['geklaut', 'stolen', 'ukradzion*', 'krádež*']));
		}
	);
});

it("adds the described situations and their new concepts, keeps the coordinator's words, and takes only the new concepts back", async () => {
	await migrateInstallation(
		{
			file: 'portal-described.db',
			before: '2026_12_03_0400_search_vocabulary_everyday_words',
			label: 'Stalking',
			words: ['stalking', 'nachstellerei']
		},
		(concepts, stalking) => {
			expect(stalking.words).toEqual(
				expect.arrayContaining(['mein ex', 'keeps messaging', 'były partner', 'bývalý'])
			);
			expect(stalking.words).not.toContain('stalker*');
			const court = concepts.find((c) => c.label === 'Rechtsberatung')!;
			expect(court).toMatchObject({ searchTerms: 'amtsgericht rechtsantragstelle', danger: false });
			expect(court.words).toEqual(
				expect.arrayContaining(['vorladung*', 'court summons', 'wezwanie do sądu', 'předvolání'])
			);
			expect(concepts.find((c) => c.label === 'Sexuelle Gewalt')?.danger).toBe(true);
		},
		(after) => {
			expect(after.map((c) => c.label)).not.toContain('Rechtsberatung');
			expect(after.find((c) => c.label === 'Stalking')!.words).toContain('mein ex');
		}
	);
});

it("covers the partners' offers with new concepts, leads Jugendarbeit with its broadest term unless the coordinator changed it, and takes only the new concepts back", async () => {
	await migrateInstallation(
		{
			file: 'portal-coverage.db',
			before: '2026_12_03_1000_search_vocabulary_missing_classes',
			label: 'Ordnungsamt',
			words: ['ordnungsamt', 'knöllchen']
		},
		(concepts, order) => {
			expect(order.words).toEqual(expect.arrayContaining(['fundtier*', 'sells alcohol', 'psa', 'toulavý pes']));
			expect(order.words).not.toContain('lärm');
			expect(concepts.find((c) => c.label === 'Jugendarbeit')?.searchTerms).toBe('jugendtreff');
			const probation = concepts.find((c) => c.label === 'Haftentlassung und Bewährung')!;
			expect(probation).toMatchObject({ searchTerms: 'bewährungshilfe', topicCodes: ['kriminalpraevention'] });
			expect(probation.words).toEqual(
				expect.arrayContaining(['knast', 'released from prison', 'z więzienia', 'z vězení'])
			);
		},
		(after) => {
			expect(after.map((c) => c.label)).not.toContain('Haftentlassung und Bewährung');
			expect(after.find((c) => c.label === 'Ordnungsamt')!.words).toContain('fundtier*');
		},
		// A coordinator's own search terms for Jugendarbeit are not replaced.
		(db) =>
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
			(db as any)
				.updateTable('search_vocabulary')
				.set({ search_terms: 'jugendtreff' })
				.where('label', '=', 'Jugendarbeit')
				.execute()
	);
});

it('adds the everyday needs of round six, leads Behinderung with a term every right partner shares, and takes only the new concepts back', async () => {
	await migrateInstallation(
		{
			file: 'portal-needs.db',
			before: '2026_12_03_1700_search_vocabulary_situations_and_roles',
			label: 'Schulden',
			words: ['schulden', 'miese']
		},
		(concepts, debts) => {
			expect(debts.words).toEqual(
				expect.arrayContaining(['kredithai*', 'loan shark*', 'lichwiarz*', 'lichvář*'])
			);
			expect(debts.words).not.toContain('pleite');
			expect(concepts.find((c) => c.label === 'Behinderung')?.searchTerms).toBe(
				'behinderung gebärdensprache teilhabeberatung'
			);
			expect(concepts.find((c) => c.label === 'Bibliothek')).toMatchObject({
				searchTerms: 'bibliothek bücher',
				topicCodes: ['medienpraevention']
			});
		},
		(after) => {
			expect(after.map((c) => c.label)).not.toContain('Bibliothek');
			expect(after.find((c) => c.label === 'Behinderung')?.searchTerms).toBe('teilhabeberatung');
			expect(after.find((c) => c.label === 'Schulden')!.words).toContain('lichwiarz*');
		}
	);
});

/**
 * Rounds that add words to a concept the coordinator has edited (`kept`: one that stays when the round is
 * taken back), widen another concept and add new ones (`takenBack` with the round).
 */
const ROUNDS = [
	{
		round: 'the situations of round seven with the partner answering each',
		file: 'portal-situations.db',
		before: '2026_12_03_2000_search_vocabulary_everyday_needs',
		label: 'Krise',
		words: ['krise', 'am ende'],
		added: ['wohnungsbrand', 'house fire', 'pożar*', 'požár*'],
		newConcept: { label: 'Straftat anzeigen', searchTerms: 'polizei anzeigen' },
		widened: { label: 'Gefahr im öffentlichen Raum', words: ['kampfhund*', 'drone*', 'wyścigi', 'týrání zvířat'] },
		takenBack: ['Straftat anzeigen', 'Zwangsheirat'],
		kept: 'pożar*'
	},
	{
		round: 'the acts and places of round eight',
		file: 'portal-acts.db',
		before: '2026_12_03_2200_search_vocabulary_situations_and_answers',
		label: 'Migration',
		words: ['migration', 'flüchtling*'],
		added: ['leiharbeit*', 'through an agency', 'szef każe', 'přes agenturu'],
		newConcept: { label: 'Miete und Vermieter', searchTerms: 'vermieter mieter verbraucherberatung' },
		widened: {
			label: 'Straftat anzeigen',
			words: ['brandstiftung', 'brothel*', 'zaglądał w okna', 'nahlíží do oken']
		},
		takenBack: ['Miete und Vermieter'],
		kept: 'přes agenturu'
	},
	{
		round: 'the acts of round nine',
		file: 'portal-round-nine.db',
		before: '2026_12_04_0000_search_vocabulary_acts_and_places',
		label: 'Schulden',
		words: ['schulden', 'pleite'],
		added: ['bürgschaft*', 'guarantor*', 'poręczyciel*', 'ručitel*'],
		newConcept: { label: 'Besuchsdienst', searchTerms: 'besuchsdienst kranke' },
		widened: {
			label: 'Nachbarschaftsstreit',
			words: ['threatens to call the police', 'grozi policją', 'vyhrožuje policií']
		},
		takenBack: ['Besuchsdienst'],
		kept: 'guarantor*'
	}
];

it.each(ROUNDS)(
	"adds $round, keeps the coordinator's words, and takes only the new concepts back",
	async ({ added, newConcept, widened, takenBack, kept, ...installation }) => {
		await migrateInstallation(
			installation,
			(concepts, own) => {
				expect(own.words).toEqual(expect.arrayContaining(added));
				expect(concepts.find((c) => c.label === newConcept.label)).toMatchObject({
					searchTerms: newConcept.searchTerms,
					danger: false
				});
				expect(concepts.find((c) => c.label === widened.label)?.words).toEqual(
					expect.arrayContaining(widened.words)
				);
			},
			(after) => {
				for (const label of takenBack) expect(after.map((c) => c.label)).not.toContain(label);
				expect(after.find((c) => c.label === installation.label)!.words).toContain(kept);
			}
		);
	}
);

it('leads the seeded Jugendarbeit concept with its broadest search term', async () => {
	const db = openDatabase(path.join(dir, 'portal-seeded.db'));
	try {
		await migrateToLatest(db);
		const youth = (await listVocabulary(db)).find((c) => c.label === 'Jugendarbeit')!;
		expect(youth.searchTerms).toBe('jugendliche jugendarbeit jugendclub');
	} finally {
		await db.destroy();
	}
});
