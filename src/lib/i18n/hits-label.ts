import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

// Paraglide builds a new Intl.PluralRules for every plural message it renders (~30–100 µs each);
// the directory's filters name a count for each of their ~70 values on every render, so the words
// are kept per language and count.
const labels = new Map<string, string>();
const MAX_LABELS = 2_000;

/** "Treffer" / "result(s)" / … for `count`, in the current language. */
export function hitsLabel(count: number): string {
	const key = `${getLocale()}:${count}`;
	let label = labels.get(key);
	if (label === undefined) {
		if (labels.size >= MAX_LABELS) labels.clear();
		label = m.directory_filter_hits({ count });
		labels.set(key, label);
	}
	return label;
}
