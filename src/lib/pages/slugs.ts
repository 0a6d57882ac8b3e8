// The slugs of the portal's own pages, shared by the server and the route matcher.

export const PAGE_SLUGS = [
	'ueber-den-kpr',
	'sicherheitsanalyse',
	'koordinierungsstelle',
	'impressum',
	'datenschutz',
	'barrierefreiheit',
	'leichte-sprache'
] as const;

export type PageSlug = (typeof PAGE_SLUGS)[number];

export function isPageSlug(value: string): value is PageSlug {
	return (PAGE_SLUGS as readonly string[]).includes(value);
}
