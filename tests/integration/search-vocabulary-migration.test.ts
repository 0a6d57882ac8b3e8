import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { listTerms } from '../../src/lib/server/partners/queries';
import { readVocabularyForm } from '../../src/lib/server/vocabulary/form';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';
import rounds from '../fixtures/vocabulary-rounds.json';

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

type Concept = Vocabulary[number];

/**
 * Rounds of the vocabulary (the records: tests/fixtures/vocabulary-rounds.json), each on an installation
 * whose coordinator has edited one concept: the words the round adds to it (`kept`: one that stays when the
 * round is taken back; `stillRemoved`: a seeded word the coordinator removed), what it makes of other
 * concepts, and the concepts that go with it again.
 */
interface Round {
	does: string;
	file: string;
	before: string;
	label: string;
	words: string[];
	added: string[];
	stillRemoved?: string;
	/** Search terms the coordinator has set for another concept, which the round must keep. */
	coordinatorSearchTerms?: { label: string; searchTerms: string };
	concepts: { label: string; is?: Partial<Concept>; words?: string[] }[];
	takenBack: string[];
	kept: string;
	afterRollback?: { label: string; is: Partial<Concept> }[];
}

const ROUNDS: Round[] = rounds;

it.each(ROUNDS)('$does', async (round) => {
	const { added, stillRemoved, coordinatorSearchTerms: own, concepts, takenBack, kept, afterRollback } = round;
	await migrateInstallation(
		round,
		(vocabulary, edited) => {
			expect(edited.words).toEqual(expect.arrayContaining(added));
			if (stillRemoved) expect(edited.words).not.toContain(stillRemoved);
			for (const { label, is, words } of concepts) {
				const concept = vocabulary.find((c) => c.label === label);
				if (is) expect(concept).toMatchObject(is);
				if (words) expect(concept?.words).toEqual(expect.arrayContaining(words));
			}
		},
		(after) => {
			for (const label of takenBack) expect(after.map((c) => c.label)).not.toContain(label);
			expect(after.find((c) => c.label === round.label)!.words).toContain(kept);
			for (const { label, is } of afterRollback ?? [])
				expect(after.find((c) => c.label === label)).toMatchObject(is);
		},
		own &&
			((db) =>
				// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
				(db as any)
					.updateTable('search_vocabulary')
					.set({ search_terms: own.searchTerms })
					.where('label', '=', own.label)
					.execute())
	);
});

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

it('seeds only concepts that the coordinator can save unchanged on their edit page', async () => {
	const db = openDatabase(path.join(dir, 'editable.db'));
	try {
		await migrateToLatest(db);
		const topics = (await listTerms(db, 'topic')).map((term) => term.code);
		const refused = (await listVocabulary(db)).flatMap((concept) => {
			const form = new FormData();
			form.set('label', concept.label);
			form.set('searchTerms', concept.searchTerms);
			form.set('words', concept.words.join('\n'));
			for (const code of concept.topicCodes) form.append('topicCodes', code);
			const parsed = readVocabularyForm(form, topics);
			return parsed.ok ? [] : [`${concept.label}: ${Object.values(parsed.errors).join(' ')}`];
		});
		expect(refused).toEqual([]);
	} finally {
		await db.destroy();
	}
});
