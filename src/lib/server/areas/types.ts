import type { ServiceAreaKind, StreetParity } from '../db/schema';
import type { HouseNumberRange } from './range';

export interface ServiceAreaInput {
	organizationId: number;
	kind: ServiceAreaKind;
	name: string;
	note: string | null;
}

/** One street (or stretch of it) an area covers, as the coordinator enters or imports it. */
export interface AreaStreetInput {
	streetName: string;
	postalCode: string | null;
	from: number | null;
	to: number | null;
	parity: StreetParity;
}

/** One partner responsible for the address a citizen asked about. */
export interface ResponsibleMatch {
	organization: { id: number; slug: string; name: string };
	area: { id: number; name: string; kind: ServiceAreaKind };
	/** The street as the coordinator wrote it. */
	street: string;
	postalCode: string | null;
	range: HouseNumberRange;
}

export type LookupResult =
	| {
			status: 'found';
			/** An Ortsteil's name typed instead of a street finds the areas covering the whole Ortsteil. */
			matchedBy: 'street' | 'ortsteil';
			/** The street that was matched, as written in the area's list, or the Ortsteil's name. */
			street: string;
			houseNumber: number | null;
			/** True when the typed street was not found as such but one street is within a few typos. */
			corrected: boolean;
			matches: ResponsibleMatch[];
	  }
	| {
			status: 'needs-house-number';
			street: string;
			/** The number typed when it lies in none of the ranges; null when none was typed. */
			houseNumber: number | null;
			corrected: boolean;
			candidates: ResponsibleMatch[];
	  }
	| { status: 'unknown'; suggestions: string[] };
