import { m } from '$lib/paraglide/messages';
import type { PageSlug } from './slugs';

// The portal's own pages are fixed, so their names are UI vocabulary: a page shown in another
// language keeps the coordinator's German title on the page but is named in the reader's language.
const NAMES: Record<PageSlug, () => string> = {
	'ueber-den-kpr': m.pages_name_ueber_den_kpr,
	sicherheitsanalyse: m.pages_name_sicherheitsanalyse,
	koordinierungsstelle: m.pages_name_koordinierungsstelle,
	impressum: m.pages_name_impressum,
	datenschutz: m.pages_name_datenschutz,
	barrierefreiheit: m.pages_name_barrierefreiheit,
	'leichte-sprache': m.pages_name_leichte_sprache
};

export function pageName(slug: PageSlug): string {
	return NAMES[slug]();
}
