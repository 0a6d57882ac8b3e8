// Atom 1.0 (RFC 4287). Ids are tag: URIs (RFC 4151), so they stay the same when a title changes.

export interface AtomEntry {
	id: string;
	title: string;
	/** Absolute URL of the entry's page. */
	url: string;
	published: Date;
	updated: Date;
	summary: string;
	/** Sanitized HTML of the full text. */
	contentHtml?: string;
	category?: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** Absolute URL of the feed itself. */
	selfUrl: string;
	/** Absolute URL of the page the feed belongs to. */
	alternateUrl: string;
	authorName: string;
	/** Used when there are no entries. */
	updated: Date;
	entries: AtomEntry[];
}

/** The feed as application/atom+xml text; `updated` is that of the newest entry. */
export function buildAtomFeed(feed: AtomFeed): string {
	const newest = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
	const updated = feed.entries.length > 0 ? newest : feed.updated;
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
		`<id>${escapeXml(feed.id)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		...(feed.subtitle ? [`<subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
		`<updated>${updated.toISOString()}</updated>`,
		`<author><name>${escapeXml(feed.authorName)}</name></author>`,
		...feed.entries.map(entryXml),
		'</feed>',
		''
	].join('\n');
}

function entryXml(entry: AtomEntry): string {
	return [
		'<entry>',
		`<id>${escapeXml(entry.id)}</id>`,
		`<title>${escapeXml(entry.title)}</title>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
		`<published>${entry.published.toISOString()}</published>`,
		`<updated>${entry.updated.toISOString()}</updated>`,
		...(entry.category ? [`<category term="${escapeXml(entry.category)}"/>`] : []),
		`<summary>${escapeXml(entry.summary)}</summary>`,
		...(entry.contentHtml ? [`<content type="html">${escapeXml(entry.contentHtml)}</content>`] : []),
		'</entry>'
	].join('\n');
}

/** tag:partner.kpr-zittau.de,2026:aktuelles/12 — the host of the public origin, a fixed date. */
export function tagUri(origin: string, specific: string): string {
	return `tag:${new URL(origin).hostname},2026:${specific}`;
}

// Characters XML 1.0 forbids (controls other than tab, newline, carriage return) are dropped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(value: string): string {
	return value
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
