import type { FacetParam } from '$lib/directory/types';
import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale } from '$lib/paraglide/runtime';

// The nationwide vocabularies (migrations/2026_11_25_0701_taxonomies.ts) are UI text, translated by
// code. Ortsteile are place names and keep their German name.
const TERMS: Record<Exclude<FacetParam, 'ortsteil'>, Record<string, () => string>> = {
	kategorie: {
		polizei: m.directory_category_polizei,
		schule: m.directory_category_schule,
		kita: m.directory_category_kita,
		jugendhilfe: m.directory_category_jugendhilfe,
		soziales: m.directory_category_soziales,
		beratung: m.directory_category_beratung,
		gesundheit: m.directory_category_gesundheit,
		verwaltung: m.directory_category_verwaltung,
		justiz: m.directory_category_justiz,
		'verein-ehrenamt': m.directory_category_verein_ehrenamt,
		kirche: m.directory_category_kirche,
		wirtschaft: m.directory_category_wirtschaft,
		sonstige: m.directory_category_sonstige
	},
	thema: {
		gewaltpraevention: m.directory_topic_gewaltpraevention,
		suchtpraevention: m.directory_topic_suchtpraevention,
		kriminalpraevention: m.directory_topic_kriminalpraevention,
		medienpraevention: m.directory_topic_medienpraevention,
		extremismuspraevention: m.directory_topic_extremismuspraevention,
		einbruchschutz: m.directory_topic_einbruchschutz,
		verkehrssicherheit: m.directory_topic_verkehrssicherheit,
		'betrug-enkeltrick': m.directory_topic_betrug_enkeltrick,
		'haeusliche-gewalt': m.directory_topic_haeusliche_gewalt,
		mobbing: m.directory_topic_mobbing,
		opferhilfe: m.directory_topic_opferhilfe,
		jugendschutz: m.directory_topic_jugendschutz,
		integration: m.directory_topic_integration,
		nachbarschaft: m.directory_topic_nachbarschaft
	},
	zielgruppe: {
		kinder: m.directory_target_group_kinder,
		jugendliche: m.directory_target_group_jugendliche,
		eltern: m.directory_target_group_eltern,
		senioren: m.directory_target_group_senioren,
		frauen: m.directory_target_group_frauen,
		maenner: m.directory_target_group_maenner,
		'menschen-mit-behinderung': m.directory_target_group_menschen_mit_behinderung,
		zugewanderte: m.directory_target_group_zugewanderte,
		fachkraefte: m.directory_target_group_fachkraefte,
		gewerbetreibende: m.directory_target_group_gewerbetreibende,
		alle: m.directory_target_group_alle
	},
	sprache: {
		de: m.directory_language_de,
		en: m.directory_language_en,
		pl: m.directory_language_pl,
		cs: m.directory_language_cs,
		uk: m.directory_language_uk,
		ru: m.directory_language_ru,
		ar: m.directory_language_ar,
		tr: m.directory_language_tr,
		vi: m.directory_language_vi,
		dgs: m.directory_language_dgs,
		'leichte-sprache': m.directory_language_leichte_sprache
	}
};

/** A term's name in the page's language; German pages, Ortsteile and terms added later show the label of the database. */
export function termLabel(param: FacetParam, term: { code: string; label: string }): string {
	if (param === 'ortsteil' || getLocale() === baseLocale) return term.label;
	return TERMS[param][term.code]?.() ?? term.label;
}
