/**
 * The notice a page shows after an action redirected to it with a marker (`?hochgeladen`, `?geloescht` …):
 * the first of `markers` the URL carries, null for none.
 */
export function noticeFromUrl<Notice extends string>(url: URL, markers: Record<string, Notice>): Notice | null {
	for (const [marker, notice] of Object.entries(markers)) if (url.searchParams.has(marker)) return notice;
	return null;
}
