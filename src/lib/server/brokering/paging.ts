/** The 1-based page number of `?seite=`; anything else is page 1. */
export function readPage(url: URL): number {
	const raw = url.searchParams.get('seite') ?? '';
	return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

export function pageCount(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}
