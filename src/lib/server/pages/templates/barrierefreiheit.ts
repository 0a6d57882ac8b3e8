import type { PageTemplate } from './template';

// Structured like the model statement for public bodies in Saxony (BfWebG with BITV 2.0); the date and
// the result of the assessment are for the town to fill in.
export const accessibility: PageTemplate = {
	title: 'Erklärung zur Barrierefreiheit',
	body: `Die Große Kreisstadt Zittau ist bemüht, das Partnerportal des Kommunalen Präventionsrates barrierefrei zugänglich zu machen. Rechtsgrundlage sind das Barrierefreie-Websites-Gesetz (BfWebG) des Freistaates Sachsen und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) zur Umsetzung der Richtlinie (EU) 2016/2102.

Diese Erklärung gilt für das Partnerportal unter [Adresse des Portals eintragen].

## Stand der Vereinbarkeit mit den Anforderungen

Das Portal wurde nach den Anforderungen der WCAG 2.1 auf Stufe AA und der europäischen Norm EN 301 549 entwickelt und mit automatischen Prüfungen (axe-core) sowie mit Tastatur und Bildschirmleser getestet. Es ist nach derzeitigem Stand **teilweise barrierefrei**.

Das Portal funktioniert ohne JavaScript, lässt sich vollständig mit der Tastatur bedienen und kann auf 400 Prozent vergrößert werden. Eine Erklärung in Leichter Sprache finden Sie unter [Leichte Sprache](/leichte-sprache).

## Nicht barrierefreie Inhalte

- **Berichte zur Sicherheitsanalyse (PDF):** Ältere Berichte sind möglicherweise nicht vollständig barrierefrei (zum Beispiel ohne ausgezeichnete Überschriften). Die wichtigsten Ergebnisse stehen als Text auf der Seite Sicherheitsanalyse.
- **Einträge der Partner:** Beschreibungen und Logos stellen die Partner selbst ein. Nicht jedes Logo hat eine aussagekräftige Beschreibung.
- **Gebärdensprache:** Ein Video in Deutscher Gebärdensprache auf der Startseite ist [in Vorbereitung / vorhanden – bitte zutreffend eintragen].

## Erstellung dieser Erklärung

Diese Erklärung wurde am [Datum eintragen] erstellt. Sie beruht auf einer Selbstbewertung. Zuletzt überprüft am [Datum eintragen].

## Barrieren melden: Kontakt zur Koordinierungsstelle

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie Informationen aus dem Portal in einer anderen Form? Dann schreiben Sie uns:

- über das [Formular für Rückmeldungen zur Barrierefreiheit](/barrierefreiheit/rueckmeldung)
- per E-Mail an [KPR@zittau.de](mailto:KPR@zittau.de)
- per Telefon: [03583 752-113](tel:+493583752113)

Wir antworten Ihnen innerhalb eines Monats.

## Durchsetzungsverfahren

Haben Sie uns eine Barriere gemeldet und innerhalb eines Monats keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die Durchsetzungsstelle des Freistaates Sachsen wenden. Sie vermittelt zwischen Ihnen und uns, um eine Lösung zu finden. Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.

Durchsetzungsstelle beim Beauftragten der Sächsischen Staatsregierung für die Belange von Menschen mit Behinderungen  
Sächsische Staatskanzlei  
Archivstraße 1, 01097 Dresden  
E-Mail: [Durchsetzungsstelle@sk.sachsen.de](mailto:Durchsetzungsstelle@sk.sachsen.de)  
Internet: [www.durchsetzungsstelle.sachsen.de](https://www.durchsetzungsstelle.sachsen.de)
`
};
