import type { FacetParam } from '$lib/directory/types';
import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale } from '$lib/paraglide/runtime';

// The nationwide vocabularies are UI text, translated by code (messages directory_<taxonomy>_<code>).
// Ortsteile are place names and keep their German name.
const TAXONOMY_OF: Record<FacetParam, string | null> = {
	kategorie: 'category',
	thema: 'topic',
	zielgruppe: 'target_group',
	sprache: 'language',
	ortsteil: null
};

const messages = m as unknown as Record<string, (() => string) | undefined>;

/** A term's name in the page's language; German pages and terms without a translation show the label of the database. */
export function termLabel(param: FacetParam, term: { code: string; label: string }): string {
	const taxonomy = TAXONOMY_OF[param];
	if (taxonomy === null || getLocale() === baseLocale) return term.label;
	const message = messages[`directory_${taxonomy}_${term.code.replaceAll('-', '_')}`];
	return message ? message() : term.label;
}
