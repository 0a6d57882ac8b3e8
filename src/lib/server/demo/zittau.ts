// The town the demo network lives in: the Ortsteile of the Große Kreisstadt Zittau and the streets
// the demo addresses use. Coordinates are approximate street positions, good enough for a map pin.

export interface Ortsteil {
	code: string;
	label: string;
	postalCode: string;
}

export const ORTSTEILE: Ortsteil[] = [
	{ code: 'innenstadt', label: 'Innenstadt', postalCode: '02763' },
	{ code: 'zittau-nord', label: 'Zittau-Nord', postalCode: '02763' },
	{ code: 'zittau-sued', label: 'Zittau-Süd', postalCode: '02763' },
	{ code: 'zittau-ost', label: 'Zittau-Ost', postalCode: '02763' },
	{ code: 'zittau-west', label: 'Zittau-West', postalCode: '02763' },
	{ code: 'pethau', label: 'Pethau', postalCode: '02763' },
	{ code: 'eichgraben', label: 'Eichgraben', postalCode: '02763' },
	{ code: 'hartau', label: 'Hartau', postalCode: '02763' },
	{ code: 'hirschfelde', label: 'Hirschfelde', postalCode: '02788' },
	{ code: 'dittelsdorf', label: 'Dittelsdorf', postalCode: '02788' },
	{ code: 'drausendorf', label: 'Drausendorf', postalCode: '02788' },
	{ code: 'schlegel', label: 'Schlegel', postalCode: '02788' },
	{ code: 'wittgendorf', label: 'Wittgendorf', postalCode: '02788' }
];

/** Ortsteile that belonged to the former municipality of Hirschfelde, served together by the police. */
export const HIRSCHFELDER_ORTSCHAFTEN = ['hirschfelde', 'dittelsdorf', 'drausendorf', 'schlegel', 'wittgendorf'];

export interface Street {
	ortsteil: string;
	latitude: number;
	longitude: number;
}

export const STREETS: Record<string, Street> = {
	Markt: { ortsteil: 'innenstadt', latitude: 50.8963, longitude: 14.8073 },
	Neustadt: { ortsteil: 'innenstadt', latitude: 50.8954, longitude: 14.8094 },
	'Innere Weberstraße': { ortsteil: 'innenstadt', latitude: 50.8972, longitude: 14.8046 },
	Johannisstraße: { ortsteil: 'innenstadt', latitude: 50.8974, longitude: 14.8082 },
	Frauenstraße: { ortsteil: 'innenstadt', latitude: 50.8958, longitude: 14.8108 },
	Klosterplatz: { ortsteil: 'innenstadt', latitude: 50.8984, longitude: 14.8087 },
	Töpferberg: { ortsteil: 'innenstadt', latitude: 50.8949, longitude: 14.8058 },
	Brüderstraße: { ortsteil: 'innenstadt', latitude: 50.8961, longitude: 14.8061 },
	Theaterring: { ortsteil: 'innenstadt', latitude: 50.8991, longitude: 14.8069 },
	'Karl-Liebknecht-Ring': { ortsteil: 'innenstadt', latitude: 50.8936, longitude: 14.8077 },
	Haberkornplatz: { ortsteil: 'innenstadt', latitude: 50.8977, longitude: 14.8121 },

	'Bautzner Straße': { ortsteil: 'zittau-nord', latitude: 50.9018, longitude: 14.8028 },
	Friedensstraße: { ortsteil: 'zittau-nord', latitude: 50.9041, longitude: 14.8081 },
	'Görlitzer Straße': { ortsteil: 'zittau-nord', latitude: 50.9052, longitude: 14.8149 },
	Schrammstraße: { ortsteil: 'zittau-nord', latitude: 50.9011, longitude: 14.8102 },
	Lessingstraße: { ortsteil: 'zittau-nord', latitude: 50.9029, longitude: 14.8058 },
	Hammerschmiedtstraße: { ortsteil: 'zittau-nord', latitude: 50.9063, longitude: 14.8003 },

	Hochwaldstraße: { ortsteil: 'zittau-sued', latitude: 50.8871, longitude: 14.8032 },
	'Äußere Oybiner Straße': { ortsteil: 'zittau-sued', latitude: 50.8849, longitude: 14.7979 },
	Schliebenstraße: { ortsteil: 'zittau-sued', latitude: 50.8892, longitude: 14.8079 },
	'Theodor-Körner-Allee': { ortsteil: 'zittau-sued', latitude: 50.8914, longitude: 14.8074 },
	Schillerstraße: { ortsteil: 'zittau-sued', latitude: 50.8903, longitude: 14.8046 },
	Kantstraße: { ortsteil: 'zittau-sued', latitude: 50.8899, longitude: 14.8018 },
	Südstraße: { ortsteil: 'zittau-sued', latitude: 50.8879, longitude: 14.8103 },

	Weinaustraße: { ortsteil: 'zittau-ost', latitude: 50.8902, longitude: 14.8238 },
	Chopinstraße: { ortsteil: 'zittau-ost', latitude: 50.8961, longitude: 14.8197 },
	'Rosa-Luxemburg-Straße': { ortsteil: 'zittau-ost', latitude: 50.8992, longitude: 14.8181 },
	Humboldtstraße: { ortsteil: 'zittau-ost', latitude: 50.8937, longitude: 14.8152 },
	'Friedrich-Schneller-Straße': { ortsteil: 'zittau-ost', latitude: 50.8921, longitude: 14.8199 },

	'Äußere Weberstraße': { ortsteil: 'zittau-west', latitude: 50.8978, longitude: 14.7962 },
	'Leipziger Straße': { ortsteil: 'zittau-west', latitude: 50.9001, longitude: 14.7948 },
	Lindenstraße: { ortsteil: 'zittau-west', latitude: 50.8951, longitude: 14.7983 },
	'Heinrich-Heine-Platz': { ortsteil: 'zittau-west', latitude: 50.8968, longitude: 14.7995 },

	'Pethauer Straße': { ortsteil: 'pethau', latitude: 50.9108, longitude: 14.7884 },
	'Am Gondelteich': { ortsteil: 'pethau', latitude: 50.9121, longitude: 14.7902 },
	'Eichgrabener Dorfstraße': { ortsteil: 'eichgraben', latitude: 50.8892, longitude: 14.7806 },
	'Hartauer Hauptstraße': { ortsteil: 'hartau', latitude: 50.8657, longitude: 14.8371 },
	'Zittauer Straße': { ortsteil: 'hirschfelde', latitude: 50.9431, longitude: 14.8842 },
	Schulstraße: { ortsteil: 'hirschfelde', latitude: 50.9474, longitude: 14.8879 },
	'Dittelsdorfer Dorfstraße': { ortsteil: 'dittelsdorf', latitude: 50.9581, longitude: 14.8603 },
	'Drausendorfer Straße': { ortsteil: 'drausendorf', latitude: 50.9342, longitude: 14.8718 },
	'Schlegeler Hauptstraße': { ortsteil: 'schlegel', latitude: 50.9748, longitude: 14.8772 },
	'Wittgendorfer Straße': { ortsteil: 'wittgendorf', latitude: 50.9483, longitude: 14.8251 }
};

export const CITY = 'Zittau';
