import type { CalendarEvent } from '../calendar/ics';
import { markdownToPlainText, renderMarkdown } from '../markdown/render';
import { buildAtomFeed, tagUri } from './atom';
import type { NewsItem } from './types';

// The public feeds: what of an item reaches an Atom reader or a calendar app, with absolute links.

export const NEWS_PATH = '/aktuelles';

export function newsUrl(origin: string, slug: string): string {
	return new URL(`${NEWS_PATH}/${slug}`, origin).href;
}

/** The Atom feed of every published press release and event. */
export function buildNewsFeed(
	items: NewsItem[],
	{ origin, siteName, now = new Date() }: { origin: string; siteName: string; now?: Date }
): string {
	return buildAtomFeed({
		id: tagUri(origin, 'aktuelles'),
		title: `Aktuelles – ${siteName}`,
		subtitle: 'Pressemitteilungen und Veranstaltungen des Präventionsnetzwerks',
		selfUrl: new URL(`${NEWS_PATH}/feed.xml`, origin).href,
		alternateUrl: new URL(NEWS_PATH, origin).href,
		authorName: siteName,
		updated: now,
		entries: items.map((item) => ({
			id: tagUri(origin, `aktuelles/${item.id}`),
			title: item.cancelled ? `Abgesagt: ${item.title}` : item.title,
			url: newsUrl(origin, item.slug),
			published: new Date(item.publishedAt ?? item.updatedAt),
			updated: new Date(item.updatedAt),
			summary: item.teaser,
			contentHtml: item.body ? renderMarkdown(item.body) : undefined,
			category: item.kind === 'event' ? 'Veranstaltung' : 'Pressemitteilung'
		}))
	});
}

/** An event as a calendar entry; its UID stays the same for the feed and the single download. */
export function toCalendarEvent(item: NewsItem, origin: string): CalendarEvent {
	const url = newsUrl(origin, item.slug);
	const description = [
		item.teaser,
		item.body ? markdownToPlainText(item.body) : '',
		item.registrationInfo ? `Anmeldung: ${item.registrationInfo}` : '',
		url
	]
		.filter(Boolean)
		.join('\n\n');
	return {
		uid: `aktuelles-${item.id}@${new URL(origin).hostname}`,
		start: new Date(item.startsAt!),
		end: new Date(item.endsAt!),
		summary: item.title,
		description,
		location: [item.placeName, item.placeAddress].filter(Boolean).join(', '),
		url,
		updatedAt: new Date(item.updatedAt),
		cancelled: item.cancelled
	};
}
