import { normalizeStreet } from './street-name';
import type { AreaStreetInput } from './types';

/** "add": the file's lines join the list; "replace": the file's lines become the list. */
export type ImportMode = 'add' | 'replace';

/** One street whose lines differ before and after, e.g. a new house-number range. */
export interface ChangedStreet {
	street: string;
	before: AreaStreetInput[];
	after: AreaStreetInput[];
}

/** What a new street list does to the old one, street by street. */
export interface StreetListDiff {
	added: AreaStreetInput[];
	changed: ChangedStreet[];
	removed: AreaStreetInput[];
	/** Lines that stay exactly as they were. */
	unchanged: number;
}

/**
 * The list an import leaves behind. Adding keeps every street the file does not name and takes the
 * file's lines for the streets it names (so a street's ranges never overlap themselves); replacing
 * keeps only the file's lines.
 */
export function combineStreetLists(
	current: AreaStreetInput[],
	imported: AreaStreetInput[],
	mode: ImportMode
): AreaStreetInput[] {
	if (mode === 'replace') return imported;
	const named = new Set(imported.map((street) => normalizeStreet(street.streetName)));
	return [...current.filter((street) => !named.has(normalizeStreet(street.streetName))), ...imported];
}

/** Compares two street lists by street: streets only after are added, only before removed, else changed or kept. */
export function diffStreetLists(before: AreaStreetInput[], after: AreaStreetInput[]): StreetListDiff {
	const old = groupByStreet(before);
	const next = groupByStreet(after);
	const diff: StreetListDiff = { added: [], changed: [], removed: [], unchanged: 0 };
	for (const [key, lines] of next) {
		const previous = old.get(key);
		if (!previous) diff.added.push(...lines);
		else if (sameLines(previous, lines)) diff.unchanged += lines.length;
		else diff.changed.push({ street: lines[0].streetName, before: previous, after: lines });
	}
	for (const [key, lines] of old) if (!next.has(key)) diff.removed.push(...lines);
	return diff;
}

export function isUnchanged(diff: StreetListDiff): boolean {
	return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}

function groupByStreet(streets: AreaStreetInput[]): Map<string, AreaStreetInput[]> {
	const groups = new Map<string, AreaStreetInput[]>();
	for (const street of streets) {
		const key = normalizeStreet(street.streetName);
		groups.set(key, [...(groups.get(key) ?? []), street]);
	}
	return groups;
}

function sameLines(a: AreaStreetInput[], b: AreaStreetInput[]): boolean {
	const keys = (lines: AreaStreetInput[]) => lines.map(lineKey).sort().join('\n');
	return keys(a) === keys(b);
}

function lineKey(street: AreaStreetInput): string {
	return [street.streetName.trim(), street.postalCode ?? '', street.from ?? '', street.to ?? '', street.parity].join(
		'|'
	);
}
