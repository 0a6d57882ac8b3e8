import { toBerlinInputValue } from '$lib/validation/berlin-time';
import type { NewsFormValues } from './news-form';
import type { NewsItem } from './types';

/** An empty form; partners start with an event. */
export function emptyNewsFormValues(kind: NewsFormValues['kind'] = 'press_release'): NewsFormValues {
	return {
		kind,
		title: '',
		teaser: '',
		body: '',
		startsAt: '',
		endsAt: '',
		placeName: '',
		placeAddress: '',
		registrationInfo: '',
		wheelchairAccessible: 'unknown',
		accessibilityNote: '',
		cancelled: false
	};
}

/** A stored item as the edit form shows it, times in Berlin. */
export function newsFormValues(item: NewsItem): NewsFormValues {
	return {
		kind: item.kind,
		title: item.title,
		teaser: item.teaser,
		body: item.body,
		startsAt: item.startsAt ? toBerlinInputValue(new Date(item.startsAt)) : '',
		endsAt: item.endsAt ? toBerlinInputValue(new Date(item.endsAt)) : '',
		placeName: item.placeName ?? '',
		placeAddress: item.placeAddress ?? '',
		registrationInfo: item.registrationInfo ?? '',
		wheelchairAccessible: item.wheelchairAccessible,
		accessibilityNote: item.accessibilityNote ?? '',
		cancelled: item.cancelled
	};
}
