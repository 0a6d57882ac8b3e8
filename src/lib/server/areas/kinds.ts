import type { ServiceAreaKind } from '../db/schema';

/** The kinds of area with their German names, for the coordination's forms and lists. */
export const AREA_KINDS: { code: ServiceAreaKind; label: string }[] = [
	{ code: 'buergerpolizei', label: 'Bürgerpolizei' },
	{ code: 'schulbezirk', label: 'Schulbezirk' },
	{ code: 'schulsozialarbeit', label: 'Schulsozialarbeit' },
	{ code: 'sonstige', label: 'Sonstiger Zuständigkeitsbereich' }
];

export function parseAreaKind(value: string): ServiceAreaKind | null {
	return AREA_KINDS.find((kind) => kind.code === value)?.code ?? null;
}

export function areaKindLabel(kind: ServiceAreaKind): string {
	return AREA_KINDS.find((entry) => entry.code === kind)?.label ?? kind;
}
