import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

// Paraglide builds a new Intl.PluralRules for every plural message it renders (~0.3 ms each, several ms
// under a phone's CPU); the directory's filters name a count for each of their ~70 values, so the word
// is kept per language and plural category, which one PluralRules per language tells.
const rulesByLocale = new Map<string, Intl.PluralRules>();
const labels = new Map<string, string>();

/** "Treffer" / "result(s)" / … for `count`, in the current language. */
export function hitsLabel(count: number): string {
	const locale = getLocale();
	let rules = rulesByLocale.get(locale);
	if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
	const key = `${locale}:${rules.select(count)}`;
	let label = labels.get(key);
	if (label === undefined) {
		label = m.directory_filter_hits({ count });
		labels.set(key, label);
	}
	return label;
}
