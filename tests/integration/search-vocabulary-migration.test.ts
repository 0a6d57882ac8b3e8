import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { openDatabase } from '../../src/lib/server/db/connection';
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

it("adds the everyday words to an installation's vocabulary and keeps the coordinator's words", async () => {
	// The coordinator has trimmed the Sucht concept to two words of their own.
	const { db } = await installationAt('portal.db', '2026_12_02_1920_partner_import_jobs', 'Sucht', [
		'sucht',
		'bubatz'
	]);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const sucht = concepts.find((c) => c.label === 'Sucht')!;
		expect(sucht.words.slice(0, 2)).toEqual(['sucht', 'bubatz']);
		expect(sucht.words).toContain('gras');
		expect(sucht.words.filter((w) => w === 'bubatz')).toHaveLength(1);
		// Words of the first seed the coordinator removed stay removed.
		expect(sucht.words).not.toContain('cannabis');
		const theft = concepts.find((c) => c.label === 'Diebstahl')!;
		expect(theft).toMatchObject({ searchTerms: 'polizei diebstahl', danger: false });
		expect(theft.words).toEqual(expect.arrayContaining(['geklaut', 'stolen', 'ukradzion*', 'krádež*']));
	} finally {
		await db.destroy();
	}
});

it("adds the described situations and their new concepts, keeps the coordinator's words, and takes only the new concepts back", async () => {
	const { db, migrator } = await installationAt(
		'portal-described.db',
		'2026_12_03_0400_search_vocabulary_everyday_words',
		'Stalking',
		['stalking', 'nachstellerei']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const stalking = concepts.find((c) => c.label === 'Stalking')!;
		expect(stalking.words.slice(0, 2)).toEqual(['stalking', 'nachstellerei']);
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

		await migrator.migrateTo('2026_12_03_0400_search_vocabulary_everyday_words');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Rechtsberatung');
		expect(after.find((c) => c.label === 'Stalking')!.words).toContain('mein ex');
	} finally {
		await db.destroy();
	}
});

it("covers the partners' offers with new concepts, leads Jugendarbeit with its broadest term unless the coordinator changed it, and takes only the new concepts back", async () => {
	const { db, migrator } = await installationAt(
		'portal-coverage.db',
		'2026_12_03_1000_search_vocabulary_missing_classes',
		'Ordnungsamt',
		['ordnungsamt', 'knöllchen']
	);
	try {
		// A coordinator's own search terms for Jugendarbeit are not replaced.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
		await (db as any)
			.updateTable('search_vocabulary')
			.set({ search_terms: 'jugendtreff' })
			.where('label', '=', 'Jugendarbeit')
			.execute();
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const order = concepts.find((c) => c.label === 'Ordnungsamt')!;
		expect(order.words.slice(0, 2)).toEqual(['ordnungsamt', 'knöllchen']);
		expect(order.words).toEqual(expect.arrayContaining(['fundtier*', 'sells alcohol', 'psa', 'toulavý pes']));
		expect(order.words).not.toContain('lärm');
		expect(concepts.find((c) => c.label === 'Jugendarbeit')?.searchTerms).toBe('jugendtreff');
		const probation = concepts.find((c) => c.label === 'Haftentlassung und Bewährung')!;
		expect(probation).toMatchObject({ searchTerms: 'bewährungshilfe', topicCodes: ['kriminalpraevention'] });
		expect(probation.words).toEqual(
			expect.arrayContaining(['knast', 'released from prison', 'z więzienia', 'z vězení'])
		);

		await migrator.migrateTo('2026_12_03_1000_search_vocabulary_missing_classes');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Haftentlassung und Bewährung');
		expect(after.find((c) => c.label === 'Ordnungsamt')!.words).toContain('fundtier*');
	} finally {
		await db.destroy();
	}
});

it('adds the everyday needs of round six, leads Behinderung with a term every right partner shares, and takes only the new concepts back', async () => {
	const { db, migrator } = await installationAt(
		'portal-needs.db',
		'2026_12_03_1700_search_vocabulary_situations_and_roles',
		'Schulden',
		['schulden', 'miese']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const debts = concepts.find((c) => c.label === 'Schulden')!;
		expect(debts.words.slice(0, 2)).toEqual(['schulden', 'miese']);
		expect(debts.words).toEqual(expect.arrayContaining(['kredithai*', 'loan shark*', 'lichwiarz*', 'lichvář*']));
		expect(debts.words).not.toContain('pleite');
		expect(concepts.find((c) => c.label === 'Behinderung')?.searchTerms).toBe(
			'behinderung gebärdensprache teilhabeberatung'
		);
		expect(concepts.find((c) => c.label === 'Bibliothek')).toMatchObject({
			searchTerms: 'bibliothek bücher',
			topicCodes: ['medienpraevention']
		});

		await migrator.migrateTo('2026_12_03_1700_search_vocabulary_situations_and_roles');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Bibliothek');
		expect(after.find((c) => c.label === 'Behinderung')?.searchTerms).toBe('teilhabeberatung');
		expect(after.find((c) => c.label === 'Schulden')!.words).toContain('lichwiarz*');
	} finally {
		await db.destroy();
	}
});

it("adds the situations of round seven with the partner answering each, keeps the coordinator's words, and takes only the new concepts back", async () => {
	const { db, migrator } = await installationAt(
		'portal-situations.db',
		'2026_12_03_2000_search_vocabulary_everyday_needs',
		'Krise',
		['krise', 'am ende']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const crisis = concepts.find((c) => c.label === 'Krise')!;
		expect(crisis.words.slice(0, 2)).toEqual(['krise', 'am ende']);
		expect(crisis.words).toEqual(expect.arrayContaining(['wohnungsbrand', 'house fire', 'pożar*', 'požár*']));
		expect(concepts.find((c) => c.label === 'Straftat anzeigen')).toMatchObject({
			searchTerms: 'polizei anzeigen',
			danger: false
		});
		expect(concepts.find((c) => c.label === 'Gefahr im öffentlichen Raum')?.words).toEqual(
			expect.arrayContaining(['kampfhund*', 'drone*', 'wyścigi', 'týrání zvířat'])
		);

		await migrator.migrateTo('2026_12_03_2000_search_vocabulary_everyday_needs');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Straftat anzeigen');
		expect(after.map((c) => c.label)).not.toContain('Zwangsheirat');
		expect(after.find((c) => c.label === 'Krise')!.words).toContain('pożar*');
	} finally {
		await db.destroy();
	}
});

it("adds the acts and places of round eight, keeps the coordinator's words, and takes only the new concept back", async () => {
	const { db, migrator } = await installationAt(
		'portal-acts.db',
		'2026_12_03_2200_search_vocabulary_situations_and_answers',
		'Migration',
		['migration', 'flüchtling*']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const migration = concepts.find((c) => c.label === 'Migration')!;
		expect(migration.words.slice(0, 2)).toEqual(['migration', 'flüchtling*']);
		expect(migration.words).toEqual(
			expect.arrayContaining(['leiharbeit*', 'through an agency', 'szef każe', 'přes agenturu'])
		);
		expect(concepts.find((c) => c.label === 'Miete und Vermieter')).toMatchObject({
			searchTerms: 'vermieter mieter verbraucherberatung',
			danger: false
		});
		expect(concepts.find((c) => c.label === 'Straftat anzeigen')?.words).toEqual(
			expect.arrayContaining(['brandstiftung', 'brothel*', 'zaglądał w okna', 'nahlíží do oken'])
		);

		await migrator.migrateTo('2026_12_03_2200_search_vocabulary_situations_and_answers');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Miete und Vermieter');
		expect(after.find((c) => c.label === 'Migration')!.words).toContain('přes agenturu');
	} finally {
		await db.destroy();
	}
});

it("adds the acts of round nine, keeps the coordinator's words, and takes only the new concept back", async () => {
	const { db, migrator } = await installationAt(
		'portal-round-nine.db',
		'2026_12_04_0000_search_vocabulary_acts_and_places',
		'Schulden',
		['schulden', 'pleite']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const debt = concepts.find((c) => c.label === 'Schulden')!;
		expect(debt.words.slice(0, 2)).toEqual(['schulden', 'pleite']);
		expect(debt.words).toEqual(expect.arrayContaining(['bürgschaft*', 'guarantor*', 'poręczyciel*', 'ručitel*']));
		expect(concepts.find((c) => c.label === 'Nachbarschaftsstreit')?.words).toEqual(
			expect.arrayContaining(['threatens to call the police', 'grozi policją', 'vyhrožuje policií'])
		);
		expect(concepts.find((c) => c.label === 'Besuchsdienst')).toMatchObject({
			searchTerms: 'besuchsdienst kranke',
			danger: false
		});

		await migrator.migrateTo('2026_12_04_0000_search_vocabulary_acts_and_places');
		const after = await listVocabulary(db);
		expect(after.map((c) => c.label)).not.toContain('Besuchsdienst');
		expect(after.find((c) => c.label === 'Schulden')!.words).toContain('guarantor*');
	} finally {
		await db.destroy();
	}
});

it("adds the situations of round ten, keeps the coordinator's words, and takes only the new concepts back", async () => {
	const { db, migrator } = await installationAt(
		'portal-round-ten.db',
		'2026_12_04_0500_search_vocabulary_acts_over_settings',
		'Sucht',
		['sucht', 'kiffen']
	);
	try {
		await migrateToLatest(db);

		const concepts = await listVocabulary(db);
		const addiction = concepts.find((c) => c.label === 'Sucht')!;
		expect(addiction.words.slice(0, 2)).toEqual(['sucht', 'kiffen']);
		expect(addiction.words).toEqual(expect.arrayContaining(['sniffing gas', 'wącha gaz', 'čichá plyn']));
		expect(concepts.find((c) => c.label === 'Diskriminierung')?.words).toEqual(
			expect.arrayContaining(['nicht reingelassen', 'refused entry', 'nie wpuścili', 'nepustili'])
		);
		expect(concepts.find((c) => c.label === 'Kleiderkammer')).toMatchObject({ searchTerms: 'kleiderkammer' });
		expect(concepts.find((c) => c.label === 'Moderation')).toMatchObject({
			searchTerms: 'moderation bürgerversammlungen',
			danger: false
		});

		await migrator.migrateTo('2026_12_04_0500_search_vocabulary_acts_over_settings');
		const after = (await listVocabulary(db)).map((c) => c.label);
		expect(after).not.toContain('Kleiderkammer');
		expect(after).not.toContain('Moderation');
		expect(after).toContain('Besuchsdienst');
	} finally {
		await db.destroy();
	}
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
