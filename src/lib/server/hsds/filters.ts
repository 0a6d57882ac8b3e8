import type { OrganizationFilter, TermRow } from './queries';
import type { ParseResult } from './paging';
import { findTermByUuid } from './taxonomies';
import { parseModifiedAfter } from './time';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** The HSDS list filters; an unknown term or organization id simply matches nothing. */
export function parseFilter(params: URLSearchParams, terms: TermRow[]): ParseResult<OrganizationFilter | 'none'> {
	const modifiedAfter = parseModifiedAfter(params.get('modified_after'));
	if (modifiedAfter === null) {
		return {
			ok: false,
			message: 'modified_after muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2026-01-31T12:00:00Z.'
		};
	}
	const filter: OrganizationFilter = { modifiedAfter };
	const search = params.get('search')?.trim();
	if (search) filter.search = search.slice(0, 200);
	const organizationId = params.get('organization_id');
	if (organizationId) {
		if (!isUuid(organizationId)) return { ok: true, value: 'none' };
		filter.organizationUuid = organizationId.toLowerCase();
	}
	const termUuid = params.get('taxonomy_term_id');
	if (termUuid) {
		const term = findTermByUuid(terms, termUuid.toLowerCase());
		if (!term) return { ok: true, value: 'none' };
		filter.termId = term.id;
	}
	return { ok: true, value: filter };
}

export const wantsFull = (params: URLSearchParams) => params.get('full') === 'true';
