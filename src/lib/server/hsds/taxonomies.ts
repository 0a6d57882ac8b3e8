import type { Taxonomy } from '../db/schema';
import { taxonomyUuid, termUuid } from './ids';
import type { TermRow } from './queries';
import { compact, type HsdsRecord } from './record';

/** Our vocabularies as HSDS taxonomies; their terms are the partner's categories, topics, … */
const TAXONOMIES: Record<Taxonomy, { name: string; description: string }> = {
	category: { name: 'Kategorie', description: 'Art der Partnerorganisation im Präventionsnetzwerk' },
	topic: { name: 'Themen', description: 'Präventionsthemen, zu denen ein Partner arbeitet' },
	target_group: { name: 'Zielgruppen', description: 'Menschen, an die sich das Angebot richtet' },
	ortsteil: { name: 'Ortsteile', description: 'Ortsteile, in denen ein Partner tätig ist' },
	language: { name: 'Sprachen', description: 'Sprachen, in denen beraten wird' }
};

export const TAXONOMY_CODES = Object.keys(TAXONOMIES) as Taxonomy[];

export function toTaxonomy(taxonomy: Taxonomy): HsdsRecord {
	return { id: taxonomyUuid(taxonomy), ...TAXONOMIES[taxonomy], version: '1' };
}

export function toTaxonomyTerm(term: Pick<TermRow, 'taxonomy' | 'code' | 'label'>): HsdsRecord {
	return compact({
		id: termUuid(term.taxonomy, term.code),
		code: term.code,
		name: term.label,
		description: term.label,
		taxonomy: TAXONOMIES[term.taxonomy].name,
		taxonomy_id: taxonomyUuid(term.taxonomy),
		language: 'de'
	});
}

/** Finds a term by its HSDS id among the installation's terms. */
export function findTermByUuid(terms: TermRow[], uuid: string): TermRow | undefined {
	return terms.find((term) => termUuid(term.taxonomy, term.code) === uuid);
}

export function findTaxonomyByUuid(uuid: string): Taxonomy | undefined {
	return TAXONOMY_CODES.find((taxonomy) => taxonomyUuid(taxonomy) === uuid);
}
