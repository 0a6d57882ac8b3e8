import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind, StreetParity } from '../db/schema';
import { listServiceAreas } from '../areas/queries';
import { createServiceArea, deleteServiceArea, replaceAreaStreets, setAreaOrtsteile } from '../areas/service';
import type { AreaStreetInput } from '../areas/types';
import { HIRSCHFELDER_ORTSCHAFTEN, ORTSTEILE, STREETS } from './zittau';

/** A street of zittau.ts, whole or as a stretch: [street, from, to, side]. */
type DemoStreet = string | [street: string, from: number | null, to: number | null, parity: StreetParity];

interface DemoArea {
	partner: string;
	kind: ServiceAreaKind;
	name: string;
	note?: string;
	ortsteile: string[];
	streets: DemoStreet[];
}

// The ring's odd numbers face the old town, the even ones the Südvorstadt; the Äußere Oybiner Straße
// changes hands at number 50. Both exist so the demo shows a street split between two officers.
const DEMO_AREAS: DemoArea[] = [
	{
		partner: 'buergerpolizist-innenstadt',
		kind: 'buergerpolizei',
		name: 'Altstadt innerhalb des Rings',
		ortsteile: ['innenstadt'],
		streets: [
			'Markt',
			'Neustadt',
			'Innere Weberstraße',
			'Johannisstraße',
			'Frauenstraße',
			'Klosterplatz',
			'Töpferberg',
			'Brüderstraße',
			'Theaterring',
			'Haberkornplatz',
			['Karl-Liebknecht-Ring', null, null, 'odd']
		]
	},
	{
		partner: 'buergerpolizistin-nord-west',
		kind: 'buergerpolizei',
		name: 'Zittau-Nord, Zittau-West und Pethau',
		ortsteile: ['zittau-nord', 'zittau-west', 'pethau'],
		streets: [
			'Bautzner Straße',
			'Friedensstraße',
			'Görlitzer Straße',
			'Schrammstraße',
			'Lessingstraße',
			'Hammerschmiedtstraße',
			'Äußere Weberstraße',
			'Leipziger Straße',
			'Lindenstraße',
			'Heinrich-Heine-Platz',
			'Pethauer Straße',
			'Am Gondelteich',
			['Äußere Oybiner Straße', 50, 199, 'all']
		]
	},
	{
		partner: 'buergerpolizist-sued-ost',
		kind: 'buergerpolizei',
		name: 'Zittau-Süd, Zittau-Ost, Hartau und Eichgraben',
		ortsteile: ['zittau-sued', 'zittau-ost', 'hartau', 'eichgraben'],
		streets: [
			'Hochwaldstraße',
			['Äußere Oybiner Straße', 1, 49, 'all'],
			'Schliebenstraße',
			'Theodor-Körner-Allee',
			'Schillerstraße',
			'Kantstraße',
			'Südstraße',
			'Weinaustraße',
			'Chopinstraße',
			'Rosa-Luxemburg-Straße',
			'Humboldtstraße',
			'Friedrich-Schneller-Straße',
			'Eichgrabener Dorfstraße',
			'Hartauer Hauptstraße',
			['Karl-Liebknecht-Ring', null, null, 'even']
		]
	},
	{
		partner: 'buergerpolizist-hirschfelde',
		kind: 'buergerpolizei',
		name: 'Hirschfelde und Ortschaften',
		ortsteile: HIRSCHFELDER_ORTSCHAFTEN,
		streets: [
			'Zittauer Straße',
			'Schulstraße',
			'Dittelsdorfer Dorfstraße',
			'Drausendorfer Straße',
			'Schlegeler Hauptstraße',
			'Wittgendorfer Straße'
		]
	},
	{
		partner: 'grundschule-am-weinaupark',
		kind: 'schulbezirk',
		name: 'Schulbezirk Grundschule am Weinaupark',
		note: 'Maßgeblich ist die Schulbezirkssatzung der Stadt Zittau.',
		ortsteile: ['zittau-ost'],
		streets: [
			'Weinaustraße',
			'Chopinstraße',
			'Rosa-Luxemburg-Straße',
			'Humboldtstraße',
			'Friedrich-Schneller-Straße'
		]
	}
];

/**
 * Gives the demo's Bürgerpolizisten and one primary school their areas; run after the partner seed.
 * Areas of these partners that exist already are replaced.
 */
export async function seedDemoAreas(db: Kysely<Database>): Promise<{ areas: number; streets: number }> {
	let streets = 0;
	for (const area of DEMO_AREAS) {
		const organizationId = await findPartnerId(db, area.partner);
		for (const existing of await listServiceAreas(db, organizationId)) {
			if (existing.name === area.name) await deleteServiceArea(db, existing.id);
		}
		const id = await createServiceArea(db, {
			organizationId,
			kind: area.kind,
			name: area.name,
			note: area.note ?? null
		});
		await setAreaOrtsteile(db, id, area.ortsteile);
		await replaceAreaStreets(db, id, area.streets.map(toStreetInput));
		streets += area.streets.length;
	}
	return { areas: DEMO_AREAS.length, streets };
}

function toStreetInput(street: DemoStreet): AreaStreetInput {
	const [streetName, from, to, parity] = typeof street === 'string' ? [street, null, null, 'all' as const] : street;
	const known = STREETS[streetName];
	if (!known) throw new Error(`Demo street "${streetName}" is not in zittau.ts`);
	const postalCode = ORTSTEILE.find((ortsteil) => ortsteil.code === known.ortsteil)?.postalCode ?? null;
	return { streetName, postalCode, from, to, parity };
}

async function findPartnerId(db: Kysely<Database>, slug: string): Promise<number> {
	const row = await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst();
	if (!row) throw new Error(`Demo partner "${slug}" is missing; run the partner seed first`);
	return row.id;
}
