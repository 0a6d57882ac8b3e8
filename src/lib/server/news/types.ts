import type { NewsKind, NewsStatus, WheelchairAccess } from '../db/tables/news';

export type { NewsKind, NewsStatus, WheelchairAccess };

/** An item as the public list, the home page and the feeds show it. */
export interface NewsSummary {
	id: number;
	kind: NewsKind;
	slug: string;
	title: string;
	teaser: string;
	publishedAt: string | null;
	updatedAt: string;
	startsAt: string | null;
	endsAt: string | null;
	placeName: string | null;
	cancelled: boolean;
}

/** Everything of one item: the detail page, the edit forms and the .ics. */
export interface NewsItem extends NewsSummary {
	status: NewsStatus;
	body: string;
	placeAddress: string | null;
	registrationInfo: string | null;
	wheelchairAccessible: WheelchairAccess;
	accessibilityNote: string | null;
	declineReason: string | null;
	organizationId: number | null;
	organizationName: string | null;
}

export type { NewsListQuery } from '../../news/list-query';
