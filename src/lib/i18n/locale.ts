// What a public page needs beside `m.*` and `localizeHref()`: text people entered stays German and
// says so, and dates follow the page's language. A new public page, in short:
//   texts      {m.news_title()} from src/lib/i18n/messages/<domain>/{de,en,pl,cs}.json (all four)
//   links      href={localizeHref('/neuigkeiten')}; also GET form actions and redirect(303, localizeHref(…))
//   entries    <div lang={contentLang()}>{@html item.bodyHtml}</div>
//   dates      formatDate('2026-10-01') or <LocalDate date={…} /> (src/lib/components/LocalDate.svelte)
// Signed-in areas (/intern, /koordination, /konto) are German only: plain strings, unlocalized links.
import { baseLocale, getLocale } from '$lib/paraglide/runtime';

/**
 * `lang` for text people entered (partner profiles, news, page texts): it stays as entered, in German,
 * and is marked as German on a page in another language, so screen readers pronounce it right.
 * Use: `<p lang={contentLang()}>{partner.description}</p>`.
 */
export function contentLang(): typeof baseLocale | undefined {
	return getLocale() === baseLocale ? undefined : baseLocale;
}

// British English writes dates the European way ("1 October 2026").
const INTL_LOCALE: Partial<Record<ReturnType<typeof getLocale>, string>> = { en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) in the page's language, e.g. "1. Oktober 2026", "1 October 2026"; UTC, so no time zone shifts the day. */
export function formatDate(date: string): string {
	const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
	return new Intl.DateTimeFormat(INTL_LOCALE[getLocale()] ?? getLocale(), {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(day);
}
