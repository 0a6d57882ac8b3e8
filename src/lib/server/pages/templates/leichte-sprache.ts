import type { PageTemplate } from './template';

// Leichte Sprache: one statement per sentence, no abbreviations, no passive, long words split with a
// hyphen ("Präventions-Rat"), addressed as "Sie".
export const easyLanguage: PageTemplate = {
	title: 'Leichte Sprache',
	body: `## Was ist diese Internet-Seite?

Diese Internet-Seite gehört zum Präventions-Rat in Zittau.

Der Präventions-Rat ist eine Gruppe.

In der Gruppe sind die Stadt Zittau, die Polizei und viele andere.

Die Gruppe will: Alle Menschen in Zittau sollen sicher leben.

## Was finden Sie hier?

Hier finden Sie Menschen, die Ihnen helfen.

Zum Beispiel:

- die Polizei
- Beratungs-Stellen
- Schulen
- Vereine

Sie sehen die Adresse.

Sie sehen die Telefon-Nummer.

Sie sehen, wann jemand für Sie da ist.

## Wie finden Sie Hilfe?

Schreiben Sie ein Wort in das Such-Feld.

Zum Beispiel: Polizei.

Dann drücken Sie auf Suchen.

Sie brauchen dafür kein Konto.

Sie brauchen kein Passwort.

## Im Notfall

Rufen Sie die Polizei an: 110.

Rufen Sie die Feuerwehr oder den Rettungs-Dienst an: 112.

## Haben Sie Fragen?

Dann rufen Sie uns an.

Die Telefon-Nummer ist: [03583 752-113](tel:+493583752113).

Oder schreiben Sie uns eine E-Mail: [KPR@zittau.de](mailto:KPR@zittau.de).
`
};
