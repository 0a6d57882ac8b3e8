import { childUuid, termUuid } from './ids';
import type { TermRow } from './queries';
import type { HsdsRecord } from './record';
import { toTaxonomyTerm } from './taxonomies';

/** A service's category, topics, target groups, Ortsteile and languages as HSDS attributes. */
export function toAttribute(serviceId: string, term: TermRow): HsdsRecord {
	const taxonomyTermId = termUuid(term.taxonomy, term.code);
	return {
		id: childUuid(serviceId, `attribute:${taxonomyTermId}`),
		link_id: serviceId,
		link_type: term.taxonomy,
		link_entity: 'service',
		taxonomy_term_id: taxonomyTermId,
		taxonomy_term: toTaxonomyTerm(term)
	};
}

export function toLanguage(serviceId: string, term: TermRow): HsdsRecord {
	return {
		id: childUuid(serviceId, `language:${term.code}`),
		service_id: serviceId,
		name: term.label,
		code: term.code
	};
}
