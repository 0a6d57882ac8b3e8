import { E2E_ORIGIN } from './environment';

// Every public page, checked in German (unprefixed) and in English, Polish and Czech (/en, /pl, /cs):
// over HTTP for lang, hreflang and leftover German (languages.spec.ts), in the browser with axe-core
// (accessibility.spec.ts).

export const LOCALES = ['de', 'en', 'pl', 'cs'] as const;
export type Locale = (typeof LOCALES)[number];
export const TRANSLATIONS = ['en', 'pl', 'cs'] as const;

export const PUBLIC_PAGES = [
	'/',
	'/netzwerk',
	'/netzwerk?q=Polizei&kategorie=polizei',
	'/netzwerk?q=xqzxqzxqz',
	'/netzwerk/polizeirevier-zittau',
	'/netzwerk/buergerpolizist-innenstadt',
	'/partner-werden',
	'/anmelden',
	'/abmelden',
	'/passwort-vergessen',
	'/passwort-vergessen/unbekannt',
	'/einladung/unbekannt',
	'/buergerpolizisten',
	'/buergerpolizisten?strasse=Markt',
	'/aktuelles',
	'/aktuelles?art=veranstaltung&zeit=kommend',
	'/aktuelles/praeventionsrat-warnt-vor-schockanrufen',
	'/kontakt',
	'/barrierefreiheit/rueckmeldung',
	'/ueber-den-kpr',
	'/sicherheitsanalyse',
	'/sicherheitsanalyse/handlungsfelder',
	'/koordinierungsstelle',
	'/impressum',
	'/datenschutz',
	'/barrierefreiheit',
	'/leichte-sprache',
	'/sicherheitsanalyse/handlungsfelder/kinder-und-jugendschutz',
	'/projekte',
	'/projekte/medienwoche-zittau-sued',
	'/arbeitsgruppen',
	'/arbeitsgruppen/ag-kinder-und-jugendschutz',
	'/offene-daten',
	'/was-tun',
	'/was-tun/haeusliche-gewalt',
	'/was-tun/mobbing',
	'/suche',
	'/suche?q=Schockanruf',
	'/suche?q=Schockanruf&bereich=aktuelles',
	'/suche?q=xqzxqzxqz'
];

/** The address of a page in a language: German unprefixed, the others under /en, /pl, /cs. */
export function at(locale: Locale, path: string): string {
	if (locale === 'de') return path;
	const url = new URL(path, E2E_ORIGIN);
	const pathname = url.pathname === '/' ? `/${locale}` : `/${locale}${url.pathname}`;
	return pathname + url.search;
}
