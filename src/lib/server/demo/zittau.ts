// The town the demo network lives in (the records: zittau.json): the Ortsteile of the Große Kreisstadt
// Zittau and the streets the demo addresses use. Coordinates are approximate street positions, good
// enough for a map pin.
import town from './zittau.json';

export interface Ortsteil {
	code: string;
	label: string;
	postalCode: string;
}

export const ORTSTEILE: Ortsteil[] = town.ortsteile;

/** Ortsteile that belonged to the former municipality of Hirschfelde, served together by the police. */
export const HIRSCHFELDER_ORTSCHAFTEN: string[] = town.hirschfelderOrtschaften;

export interface Street {
	ortsteil: string;
	latitude: number;
	longitude: number;
}

export const STREETS: Record<string, Street> = town.streets;

export const CITY: string = town.city;
