import type { Kysely } from 'kysely';

// Nationwide vocabularies. Ortsteile differ per town: each installation loads its own (see npm run seed).
const terms: Record<string, [code: string, label: string][]> = {
	category: [
		['polizei', 'Polizei'],
		['schule', 'Schule'],
		['kita', 'Kita'],
		['jugendhilfe', 'Jugendhilfe'],
		['soziales', 'Soziales'],
		['beratung', 'Beratung'],
		['gesundheit', 'Gesundheit'],
		['verwaltung', 'Verwaltung'],
		['justiz', 'Justiz'],
		['verein-ehrenamt', 'Verein/Ehrenamt'],
		['kirche', 'Kirche'],
		['wirtschaft', 'Wirtschaft'],
		['sonstige', 'Sonstige']
	],
	topic: [
		['gewaltpraevention', 'Gewaltprävention'],
		['suchtpraevention', 'Suchtprävention'],
		['kriminalpraevention', 'Kriminalprävention'],
		['medienpraevention', 'Medienprävention'],
		['extremismuspraevention', 'Extremismusprävention'],
		['einbruchschutz', 'Einbruchschutz'],
		['verkehrssicherheit', 'Verkehrssicherheit'],
		['betrug-enkeltrick', 'Betrug/Enkeltrick'],
		['haeusliche-gewalt', 'Häusliche Gewalt'],
		['mobbing', 'Mobbing'],
		['opferhilfe', 'Opferhilfe'],
		['jugendschutz', 'Jugendschutz'],
		['integration', 'Integration'],
		['nachbarschaft', 'Nachbarschaft und Sicherheit im öffentlichen Raum']
	],
	target_group: [
		['kinder', 'Kinder'],
		['jugendliche', 'Jugendliche'],
		['eltern', 'Eltern und Familien'],
		['senioren', 'Seniorinnen und Senioren'],
		['frauen', 'Frauen'],
		['maenner', 'Männer'],
		['menschen-mit-behinderung', 'Menschen mit Behinderung'],
		['zugewanderte', 'Zugewanderte'],
		['fachkraefte', 'Fachkräfte'],
		['gewerbetreibende', 'Gewerbetreibende'],
		['alle', 'Alle Bürgerinnen und Bürger']
	],
	language: [
		['de', 'Deutsch'],
		['en', 'Englisch'],
		['pl', 'Polnisch'],
		['cs', 'Tschechisch'],
		['uk', 'Ukrainisch'],
		['ru', 'Russisch'],
		['ar', 'Arabisch'],
		['tr', 'Türkisch'],
		['vi', 'Vietnamesisch'],
		['dgs', 'Deutsche Gebärdensprache'],
		['leichte-sprache', 'Leichte Sprache']
	]
};

export async function up(db: Kysely<any>): Promise<void> {
	const rows = Object.entries(terms).flatMap(([taxonomy, list]) =>
		list.map(([code, label], position) => ({ taxonomy, code, label, position }))
	);
	await db.insertInto('taxonomy_terms').values(rows).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('taxonomy_terms').where('taxonomy', 'in', Object.keys(terms)).execute();
}
