import type { StreetParity } from '../db/schema';

/** A stretch of a street: house numbers from–to (open ends when null) on one or both sides. */
export interface HouseNumberRange {
	from: number | null;
	to: number | null;
	parity: StreetParity;
}

export function coversNumber(range: HouseNumberRange, houseNumber: number): boolean {
	if (range.from !== null && houseNumber < range.from) return false;
	if (range.to !== null && houseNumber > range.to) return false;
	if (range.parity === 'odd') return houseNumber % 2 === 1;
	if (range.parity === 'even') return houseNumber % 2 === 0;
	return true;
}

/** True when a house number exists that both ranges cover. */
export function rangesOverlap(a: HouseNumberRange, b: HouseNumberRange): boolean {
	const low = Math.max(a.from ?? 1, b.from ?? 1);
	const high = Math.min(a.to ?? Infinity, b.to ?? Infinity);
	if (low > high) return false;
	const parities = new Set([a.parity, b.parity]);
	parities.delete('all');
	if (parities.size === 2) return false;
	const [parity] = [...parities];
	if (parity === undefined) return true;
	return (low % 2 === 1) === (parity === 'odd') || low + 1 <= high;
}

export function isWholeStreet(range: HouseNumberRange): boolean {
	return range.from === null && range.to === null && range.parity === 'all';
}

/** German wording of a range for citizens and import reports: "Nr. 1–49", "gerade Nr. ab 50". */
export function describeRange(range: HouseNumberRange): string {
	const side = range.parity === 'odd' ? 'ungerade ' : range.parity === 'even' ? 'gerade ' : '';
	if (range.from !== null && range.to !== null) return `${side}Nr. ${range.from}–${range.to}`;
	if (range.from !== null) return `${side}Nr. ab ${range.from}`;
	if (range.to !== null) return `${side}Nr. bis ${range.to}`;
	return side ? `${side}Hausnummern` : 'alle Hausnummern';
}
