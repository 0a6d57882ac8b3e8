import type { OrganizationStatus } from '../db/schema';

/** One partner of the demo network, written compactly; build.ts turns it into a PartnerInput. */
export interface DemoPartner {
	slug: string;
	name: string;
	shortName?: string;
	category: string;
	topics: string[];
	/** Defaults to the first of `topics`; empty for open youth work, where every topic matters and none is the main one. */
	mainTopics?: string[];
	targetGroups: string[];
	/** Defaults to German only. */
	languages?: string[];
	/** Ortsteile served besides the one of the address. */
	serves?: string[];
	description: string;
	offer: string;
	/** "Street number" with a street from zittau.ts; null keeps the address private (a women's shelter). */
	address: string | null;
	locationName?: string;
	phones: [number: string, label: string | null][];
	email: string | null;
	/** Phone and e-mail are derived: see build.ts. */
	contacts?: [name: string, role: string, publishConsent: boolean][];
	/** Hours in the notation of schedule.ts. */
	opening?: string;
	consultation?: string;
	wheelchair: boolean;
	accessibility?: string;
	/** Last confirmed more than six months ago, so the portal can show the entry as due for review. */
	stale?: boolean;
	/** Defaults to published. */
	status?: OrganizationStatus;
}

/**
 * A record as TypeScript reads it from a JSON file: the same fields, but string unions arrive as strings and
 * tuples as arrays. A JSON import assigned to it is checked field by field before it is cast to `T`.
 */
export type JsonRecord<T> = T extends string
	? string
	: T extends boolean | number | null | undefined
		? T
		: T extends readonly (infer U)[]
			? JsonRecord<U>[]
			: { [K in keyof T]: JsonRecord<T[K]> };
