/** HSDS list parameters common to every list endpoint. */
export interface PageRequest {
	page: number;
	perPage: number;
}

export const DEFAULT_PER_PAGE = 50;
/** Bounded, so a list answer never holds more than this many records in memory. */
export const MAX_PER_PAGE = 1000;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parsePageRequest(params: URLSearchParams): ParseResult<PageRequest> {
	const page = readPositive(params.get('page'), 1);
	const perPage = readPositive(params.get('per_page'), DEFAULT_PER_PAGE);
	if (page === null) return { ok: false, message: 'page muss eine ganze Zahl ab 1 sein.' };
	if (perPage === null || perPage > MAX_PER_PAGE) {
		return { ok: false, message: `per_page muss eine ganze Zahl zwischen 1 und ${MAX_PER_PAGE} sein.` };
	}
	return { ok: true, value: { page, perPage } };
}

function readPositive(raw: string | null, fallback: number): number | null {
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,9}$/.test(raw)) return null;
	const value = Number(raw);
	return value >= 1 ? value : null;
}

export const pageWindow = (request: PageRequest) => ({
	limit: request.perPage,
	offset: (request.page - 1) * request.perPage
});

/** The paginated answer as the HSDS API profile describes it. */
export function toPage<T>(request: PageRequest, totalItems: number, contents: T[]) {
	const totalPages = Math.max(1, Math.ceil(totalItems / request.perPage));
	return {
		total_items: totalItems,
		total_pages: totalPages,
		page_number: request.page,
		size: contents.length,
		first_page: request.page === 1,
		last_page: request.page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}
