// The values and errors of the news form, shared by the page (Svelte) and the server's parser.
import type { NewsKind, WheelchairAccess } from '$lib/server/db/tables/news';

export interface NewsFormValues {
	kind: NewsKind;
	title: string;
	teaser: string;
	body: string;
	startsAt: string;
	endsAt: string;
	placeName: string;
	placeAddress: string;
	registrationInfo: string;
	wheelchairAccessible: WheelchairAccess;
	accessibilityNote: string;
	cancelled: boolean;
}

export type NewsFormErrors = Partial<Record<keyof NewsFormValues, string>>;
