import type { PageTemplate } from './template';

// A template: everything in [eckigen Klammern] is for the town to fill in before the portal goes live.
export const imprint: PageTemplate = {
	title: 'Impressum',
	body: `## Anbieter

Angaben nach § 5 Digitale-Dienste-Gesetz (DDG):

Große Kreisstadt Zittau  
Markt 1  
02763 Zittau

Die Große Kreisstadt Zittau ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch [Name der Oberbürgermeisterin / des Oberbürgermeisters eintragen].

Telefon: [Telefonnummer der Stadtverwaltung eintragen]  
E-Mail: [allgemeine E-Mail-Adresse der Stadtverwaltung eintragen]

Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: [eintragen oder Zeile löschen, falls keine vorhanden ist]

## Zuständige Aufsichtsbehörde

Landesdirektion Sachsen  
[Anschrift der zuständigen Dienststelle eintragen]

## Verantwortlich für den Inhalt

Verantwortlich für journalistisch-redaktionelle Inhalte nach § 18 Abs. 2 Medienstaatsvertrag (MStV):

[Vor- und Nachname der verantwortlichen Person eintragen]  
Kommunaler Präventionsrat Zittau, Koordinierungsstelle  
Markt 1, 02763 Zittau

Die Einträge im Partnernetzwerk verantworten die jeweiligen Partnerorganisationen. Die Koordinierungsstelle prüft neue Partner vor der Aufnahme.

## Kontakt zum Kommunalen Präventionsrat

Koordinierungsstelle des KPR  
Telefon: [03583 752-113](tel:+493583752113)  
E-Mail: [KPR@zittau.de](mailto:KPR@zittau.de)

## Technischer Betrieb

[Name und Anschrift des Rechenzentrums oder Dienstleisters eintragen, der das Portal im Auftrag der Stadt betreibt]

## Haftung für Links

Dieses Angebot enthält Links zu Internetseiten anderer Anbieter. Für deren Inhalte sind die jeweiligen Anbieter verantwortlich. Wird uns ein rechtswidriger Inhalt auf einer verlinkten Seite bekannt, entfernen wir den Link.

## Urheberrecht

Texte, Bilder und Grafiken dieses Angebots sind urheberrechtlich geschützt. Logos der Partnerorganisationen werden mit deren Zustimmung gezeigt.
`
};
