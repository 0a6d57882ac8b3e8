import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, tagUri } from './atom';

const origin = 'https://partner.kpr-zittau.example';

function feed(entries: Parameters<typeof buildAtomFeed>[0]['entries']) {
	return buildAtomFeed({
		id: tagUri(origin, 'aktuelles'),
		title: 'Aktuelles – KPR Zittau',
		selfUrl: `${origin}/aktuelles/feed.xml`,
		alternateUrl: `${origin}/aktuelles`,
		authorName: 'Kommunaler Präventionsrat Zittau',
		updated: new Date('2026-11-01T00:00:00Z'),
		entries
	});
}

const entry = {
	id: tagUri(origin, 'aktuelles/1'),
	title: 'Info-Abend: Enkeltrick & Schockanruf <jetzt>',
	url: `${origin}/aktuelles/info-abend`,
	published: new Date('2026-11-20T09:00:00Z'),
	updated: new Date('2026-11-22T10:30:00Z'),
	summary: 'Wie „Betrüger“ vorgehen & was hilft',
	contentHtml: '<p>Text mit <a href="https://example.org/?a=1&b=2">Link</a></p>'
};

describe('the Atom feed', () => {
	it('is read by a feed parser with titles, links and dates intact', () => {
		const xml = feed([entry]);
		const parsed = parseFeed(xml);
		expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' });
		expect(xml).toContain('<id>tag:partner.kpr-zittau.example,2026:aktuelles</id>');
		expect(parsed.url).toBe(`${origin}/aktuelles`);
		expect(parsed.self).toBe(`${origin}/aktuelles/feed.xml`);
		const [item] = parsed.items;
		expect(item.title).toBe('Info-Abend: Enkeltrick & Schockanruf <jetzt>');
		expect(item.url).toBe(`${origin}/aktuelles/info-abend`);
		expect(item.id).toBe('tag:partner.kpr-zittau.example,2026:aktuelles/1');
		expect(item.published?.toISOString()).toBe('2026-11-20T09:00:00.000Z');
		expect(item.updated?.toISOString()).toBe('2026-11-22T10:30:00.000Z');
		expect(item.content).toContain('https://example.org/?a=1&b=2');
	});

	it('escapes markup and drops characters XML forbids', () => {
		const xml = feed([{ ...entry, title: 'A\u0007 < B & "C"' }]);
		expect(xml).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
		expect(xml).not.toContain('\u0007');
		expect(parseFeed(xml).items[0].title).toBe('A < B & "C"');
	});

	it('is as new as its newest entry, or the given date when empty', () => {
		const older = { ...entry, id: tagUri(origin, 'aktuelles/2'), updated: new Date('2026-10-01T00:00:00Z') };
		expect(parseFeed(feed([older, entry])).updated?.toISOString()).toBe('2026-11-22T10:30:00.000Z');
		const empty = parseFeed(feed([]));
		expect(empty.updated?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
		expect(empty.items).toEqual([]);
	});
});
