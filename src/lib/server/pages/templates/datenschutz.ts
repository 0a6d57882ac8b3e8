import type { PageTemplate } from './template';

// Information under Art. 13 GDPR for what the portal actually does; [eckige Klammern] are for the
// town to fill in. Legal basis for a Saxon municipality: Art. 6 (1) (e) GDPR with § 3 SächsDSDG.
export const privacy: PageTemplate = {
	title: 'Datenschutzerklärung',
	body: `Hier erfahren Sie, welche personenbezogenen Daten dieses Portal verarbeitet, wozu und auf welcher Rechtsgrundlage, und welche Rechte Sie haben (Art. 13 Datenschutz-Grundverordnung, DSGVO).

## Verantwortlicher

Große Kreisstadt Zittau  
Markt 1, 02763 Zittau  
vertreten durch [Name der Oberbürgermeisterin / des Oberbürgermeisters eintragen]  
E-Mail: [allgemeine E-Mail-Adresse der Stadtverwaltung eintragen]

## Datenschutzbeauftragte oder Datenschutzbeauftragter

[Name, Anschrift und E-Mail-Adresse der oder des behördlichen Datenschutzbeauftragten der Stadt Zittau eintragen]

## Wenn Sie das Portal aufrufen

Bei jedem Aufruf verarbeitet der Server technisch notwendige Daten: Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse, die übertragene Datenmenge, den Status der Antwort sowie Browser und Betriebssystem. Das ist nötig, um Ihnen die Seiten auszuliefern und das Portal vor Angriffen zu schützen. Die Protokolle werden nach [Anzahl eintragen, zum Beispiel 7] Tagen gelöscht.

Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 Sächsisches Datenschutzdurchführungsgesetz (SächsDSDG).

## Cookies

Ohne Anmeldung setzt das Portal keine Cookies. Melden Sie sich als Partner oder Koordinierungsstelle an, speichert Ihr Browser ein Sitzungs-Cookie. Es enthält nur eine zufällige Kennung, ist technisch notwendig (§ 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz) und wird beim Abmelden, spätestens nach 30 Tagen ungültig. Es gibt keine Cookies für Statistik, Werbung oder Tracking.

## Suche im Partnernetzwerk

Ihre Suchbegriffe werden an die Suchmaschine Meilisearch übergeben. Sie läuft auf einem Server der Stadt beziehungsweise ihres Dienstleisters, nicht bei einem anderen Anbieter. Die Begriffe werden nicht an Dritte übermittelt; gespeichert werden sie nur als Teil der aufgerufenen Adresse in den Server-Protokollen (siehe oben).

Damit die Koordinierungsstelle sieht, wonach gesucht und nichts gefunden wird, zählt das Portal Suchanfragen anonym je Kalenderwoche: den Suchtext (ohne Groß- und Kleinschreibung, gekürzt auf 100 Zeichen), die Sprache der Seite, wie oft er gesucht wurde, wie oft ohne Treffer und wie oft ein Treffer geöffnet wurde. Gespeichert werden weder IP-Adresse noch Cookie, Sitzung, Konto oder Uhrzeit; Suchtexte, die wie eine E-Mail-Adresse, Telefonnummer oder andere lange Ziffernfolge aussehen, werden gar nicht gespeichert. Die Koordinierungsstelle sieht nur Suchtexte, die in einer Woche mehrmals gestellt wurden. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO (Verbesserung des Angebots); die Zahlen werden nach 12 Monaten gelöscht.

## Keine Inhalte anderer Anbieter

Schriften, Bilder, Videos und Programme dieses Portals werden vom eigenen Server geladen. Das Portal bindet keine Dienste anderer Anbieter ein, etwa Karten, soziale Netzwerke, Schriftendienste oder Videoplattformen.

## Kontaktformulare

Wenn Sie uns über ein Formular schreiben, zum Beispiel mit der Anfrage „Partner werden“ oder einer Rückmeldung zur Barrierefreiheit, verarbeiten wir Ihre Angaben (Name, E-Mail-Adresse, gegebenenfalls Telefon und Ihre Nachricht), um Ihr Anliegen zu bearbeiten und Ihnen zu antworten. Wir löschen die Angaben, wenn Ihr Anliegen erledigt ist, spätestens nach [Frist eintragen], soweit keine Aufbewahrungspflicht besteht.

Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 SächsDSDG.

## Konten der Partner und der Koordinierungsstelle

Für ein Konto speichern wir Name, E-Mail-Adresse, das verschlüsselte Passwort (nur als Prüfwert), gegebenenfalls den Schlüssel der Zwei-Faktor-Anmeldung, die Zugehörigkeit zu Organisationen und Ihre Einstellungen für Benachrichtigungen. Anmeldungen, Fehlversuche und Änderungen an der Anmeldung werden mit Zeitpunkt und IP-Adresse protokolliert, um Missbrauch zu erkennen. Änderungen an Einträgen werden mit Zeitpunkt und Namen der Person protokolliert, die sie vorgenommen hat. Sie können Ihre Daten unter „Mein Konto“ herunterladen und Ihr Konto dort löschen.

Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 SächsDSDG; für Beschäftigte der Stadt zusätzlich § 11 SächsDSDG.

## Ansprechpersonen im Partnernetzwerk

Namen und Kontaktdaten von Ansprechpersonen der Partner erscheinen nur öffentlich und in der Suche, wenn die Person eingewilligt hat (Art. 6 Abs. 1 Buchst. a DSGVO). Die Einwilligung kann jederzeit gegenüber der Partnerorganisation oder der Koordinierungsstelle widerrufen werden; der Eintrag wird dann nicht mehr gezeigt.

## E-Mails

E-Mails des Portals (Einladungen, Passwort-Links, Benachrichtigungen) werden über [Mailserver der Stadt oder Dienstleister eintragen] versandt.

## Speicherdauer

Das Portal löscht selbst, einmal täglich:

- Protokolle von Anmeldungen und Fehlversuchen mit IP-Adresse nach 90 Tagen,
- abgelehnte Anfragen „Partner werden“ 6 Monate nach der Entscheidung,
- erledigte Nachrichten aus den Kontaktformularen 12 Monate nach der Erledigung, unerledigte nach 24 Monaten,
- die anonymen Wochenzahlen der Suche nach 12 Monaten.

Im Änderungsprotokoll der Einträge bleibt erhalten, wer wann welches Feld geändert hat; die geänderten Werte (etwa Namen, E-Mail-Adressen und Telefonnummern von Ansprechpersonen) werden nach 24 Monaten entfernt. [Fristen anpassen, falls die Stadt andere festlegt.]

## Empfänger

Ihre Daten erhalten nur die zuständigen Beschäftigten der Koordinierungsstelle und, für den Betrieb, [Dienstleister eintragen] als Auftragsverarbeiter (Art. 28 DSGVO). Eine Übermittlung in Länder außerhalb der Europäischen Union findet nicht statt.

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch gegen die Verarbeitung (Art. 21). Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Wenden Sie sich dazu an den Verantwortlichen oder die Datenschutzbeauftragte bzw. den Datenschutzbeauftragten.

## Beschwerde bei der Aufsichtsbehörde

Sie können sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO):

Sächsischer Datenschutz- und Transparenzbeauftragter  
Devrientstraße 5, 01067 Dresden  
Internet: [www.datenschutz.sachsen.de](https://www.datenschutz.sachsen.de)

Stand: [Datum eintragen]
`
};
