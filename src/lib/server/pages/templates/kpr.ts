import type { PageTemplate } from './template';

// From the KPR's pages on zittau.de (/work/shared/seed); sentences cut off there are completed in
// the same sense, the structure of the council as the cooperation agreement describes it.

export const aboutKpr: PageTemplate = {
	title: 'Über den KPR',
	body: `Sicherheit ist ein grundlegendes Bedürfnis eines jeden Menschen und beeinflusst erheblich die Lebensqualität. Die Herstellung eines sicheren und lebenswerten Umfeldes ist daher eine wichtige gesamtgesellschaftliche Aufgabe.

Dazu wurde im Jahr 2021 eine Kooperationsvereinbarung zwischen der Großen Kreisstadt Zittau, dem Landespräventionsrat Sachsen und der Polizeidirektion Görlitz geschlossen sowie im Jahr 2023 der Kommunale Präventionsrat Zittau (KPR) gegründet.

## Ziele der kommunalen Präventionsarbeit

Kommunale Präventionsarbeit verfolgt das Ziel, Herausforderungen frühzeitig zu begegnen, um das gesellschaftliche Zusammenleben nachhaltig zu stärken. Sie umfasst unter anderem Maßnahmen in den Bereichen Sicherheit, Gesundheit, Bildung, Umwelt und soziales Miteinander – zum Wohl der gesamten Gemeinschaft.

## Aufbau und Arbeitsweise

Ein kommunaler Präventionsrat ist ein Zusammenschluss verschiedener lokaler Akteure, der sich für mehr Sicherheit und Lebensqualität in der Kommune einsetzt. Durch gemeinsame Problemanalysen sowie die Entwicklung und Umsetzung präventiver Maßnahmen trägt der KPR maßgeblich zur Stärkung des gesellschaftlichen Zusammenhalts bei.

### Vorsitz

Der Vorsitz leitet den Präventionsrat, beruft seine Sitzungen ein und vertritt ihn nach außen. Er sorgt dafür, dass die Beschlüsse des KPR in der Stadtverwaltung und bei den Partnern ankommen.

### Lenkungsgruppe

In der Lenkungsgruppe arbeiten Vertreterinnen und Vertreter der Stadt Zittau, der Polizei und weiterer Partner zusammen. Sie wertet die Sicherheitsanalyse aus, legt die Handlungsfelder fest, entscheidet über neue Projekte und behält im Blick, was in den Arbeitsgruppen erreicht wurde.

### Arbeitsgruppen

Die Arbeitsgruppen bearbeiten jeweils ein Handlungsfeld. In ihnen wirken Fachleute aus Polizei, Schule, Jugendhilfe, sozialen Einrichtungen, Vereinen und Verwaltung mit. Sie entwickeln Maßnahmen, setzen sie gemeinsam um und berichten der Lenkungsgruppe.

### Koordinierungsstelle

Die [Koordinierungsstelle](/koordinierungsstelle) verbindet alle Gremien, ist Ansprechpartnerin für Bürgerinnen, Bürger und Partner und organisiert die Zusammenarbeit im Netzwerk.

## Netzwerkpartner

Netzwerkpartner des Kommunalen Präventionsrates spielen eine zentrale Rolle bei der Umsetzung wirksamer Präventionsarbeit. Durch die enge Zusammenarbeit von Akteuren aus Bereichen wie Polizei, Schule, Jugendhilfe, soziale Einrichtungen und Verwaltung entstehen umfassende Lösungsansätze, die auf die Bedürfnisse vor Ort zugeschnitten sind.

[Zum Partnernetzwerk](/netzwerk)
`
};

export const securityAnalysis: PageTemplate = {
	title: 'Sicherheitsanalyse',
	body: `Die Sicherheitsanalyse ist ein zentraler Bestandteil der kommunalen Präventionsarbeit. Sie dient dazu, Risiken, Gefahrenquellen und lokale Problemlagen frühzeitig zu erkennen und fundierte Grundlagen für gezielte Maßnahmen zu schaffen. Durch die systematische Auswertung von Daten und die Einbindung lokaler Akteure entsteht ein gemeinsames Bild der Sicherheitslage in Zittau und seinen Ortsteilen.

## Wie die Analyse entsteht

- Auswertung der polizeilichen Kriminalstatistik und weiterer Daten der Stadtverwaltung
- Befragung von Bürgerinnen und Bürgern zu ihrem Sicherheitsgefühl
- Gespräche mit Fachleuten aus Polizei, Schule, Jugendhilfe, Sozialarbeit und Vereinen
- Begehungen von Orten, an denen sich Menschen unsicher fühlen

## Was daraus folgt

Aus den Ergebnissen leitet der Kommunale Präventionsrat seine Handlungsfelder ab. Zu jedem Handlungsfeld arbeiten Partner in Projekten und Arbeitsgruppen zusammen. Wie weit die Arbeit in den einzelnen Handlungsfeldern ist, zeigt die Übersicht der Handlungsfelder.
`
};

export const coordinationOffice: PageTemplate = {
	title: 'Koordinierungsstelle',
	body: `## Aufgaben der Koordinierungsstelle

- Organisatorische Koordination der Tätigkeit von Vorsitz und Lenkungsgruppe, Arbeitsgruppen usw.
- Kooperation und Netzwerkarbeit: Zusammenarbeit mit verschiedenen lokalen Partnern wie Polizei, Schulen, Sozialdiensten und Bürgern
- Öffentlichkeitsarbeit: Information der Bevölkerung über Präventionsmaßnahmen und Förderung des Bewusstseins für Sicherheitsthemen
- Beratung und Unterstützung: Beratung für Bürger und Organisationen, die sich an Präventionsprojekten beteiligen möchten
- Vorbereitung und Begleitung von Veranstaltungen

## Ihre Ansprechperson

Kommunaler Präventionsrat (KPR)  
Manuela Greschuchna  
Koordinatorin KPR  
Telefon: [03583 752-113](tel:+493583752113)  
E-Mail: [KPR@zittau.de](mailto:KPR@zittau.de)
`
};
