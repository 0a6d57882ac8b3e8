import { describeRange } from '$lib/server/areas/range';
import type { StreetListDiff } from '$lib/server/areas/street-diff';
import type { AreaStreetInput } from '$lib/server/areas/types';

/** A street line as the pages show it: name, postal code and the house numbers in words. */
export interface ShownStreet {
	street: string;
	postalCode: string;
	range: string;
}

export interface ShownDiff {
	added: ShownStreet[];
	changed: { street: string; before: string; after: string }[];
	removed: ShownStreet[];
	unchanged: number;
}

export function showDiff(diff: StreetListDiff): ShownDiff {
	const ranges = (lines: AreaStreetInput[]) =>
		lines.map((line) => [line.postalCode, describeRange(line)].filter(Boolean).join(' ')).join('; ');
	return {
		added: diff.added.map(showStreet),
		changed: diff.changed.map((change) => ({
			street: change.street,
			before: ranges(change.before),
			after: ranges(change.after)
		})),
		removed: diff.removed.map(showStreet),
		unchanged: diff.unchanged
	};
}

function showStreet(line: AreaStreetInput): ShownStreet {
	return { street: line.streetName, postalCode: line.postalCode ?? '', range: describeRange(line) };
}
