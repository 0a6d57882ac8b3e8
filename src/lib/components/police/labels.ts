import { m } from '$lib/paraglide/messages';
import type { ServiceAreaKind, StreetParity } from '$lib/server/db/schema';

interface Range {
	from: number | null;
	to: number | null;
	parity: StreetParity;
}

/** "Nr. 1–49", "gerade Seite, ab Nr. 50", "alle Hausnummern" in the page's language. */
export function rangeLabel(range: Range): string {
	const side = range.parity === 'odd' ? m.police_range_odd() : range.parity === 'even' ? m.police_range_even() : null;
	const numbers =
		range.from !== null && range.to !== null
			? m.police_range_from_to({ from: range.from, to: range.to })
			: range.from !== null
				? m.police_range_from({ from: range.from })
				: range.to !== null
					? m.police_range_to({ to: range.to })
					: null;
	return [side, numbers].filter(Boolean).join(', ') || m.police_range_all();
}

export function isWholeStreet(range: Range): boolean {
	return range.from === null && range.to === null && range.parity === 'all';
}

const KIND_LABELS: Record<ServiceAreaKind, () => string> = {
	buergerpolizei: m.police_kind_buergerpolizei,
	schulbezirk: m.police_kind_schulbezirk,
	schulsozialarbeit: m.police_kind_schulsozialarbeit,
	sonstige: m.police_kind_sonstige
};

export function kindLabel(kind: ServiceAreaKind): string {
	return KIND_LABELS[kind]();
}
