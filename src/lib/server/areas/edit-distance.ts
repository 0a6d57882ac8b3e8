/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbouring letters ("Hcohwald") each cost one.
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let twoBack: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, twoBack[j - 2] + 1);
			}
			current.push(best);
		}
		twoBack = previous;
		previous = current;
	}
	return previous[b.length];
}

/** How many typos a key of this length may carry and still count as the same street. */
export function allowedTypos(keyLength: number): number {
	if (keyLength < 5) return 0;
	return keyLength < 9 ? 1 : 2;
}
