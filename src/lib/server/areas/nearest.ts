import { allowedTypos, editDistance } from './edit-distance';

export interface KnownStreet {
	key: string;
	name: string;
}

/**
 * The one street within a few typos of the typed key, or null when none is close enough or two
 * are equally close (then the citizen chooses from the suggestions).
 */
export function closestStreet(key: string, streets: KnownStreet[]): KnownStreet | null {
	const limit = allowedTypos(key.length);
	let best: KnownStreet | null = null;
	let bestDistance = Infinity;
	let tie = false;
	for (const street of streets) {
		const distance = editDistance(key, street.key);
		if (distance > limit || distance > bestDistance) continue;
		tie = distance === bestDistance;
		if (distance < bestDistance) {
			best = street;
			bestDistance = distance;
		}
	}
	return tie ? null : best;
}

/**
 * Street names worth offering for a key that matched nothing: those starting with it, then those
 * containing it, then those sharing many letter triples or lying within a few typos.
 */
export function rankSuggestions(key: string, streets: KnownStreet[], limit = 5): string[] {
	const loose = allowedTypos(key.length) + 1;
	const scored = streets
		.map((street) => ({
			name: street.name,
			tier: street.key.startsWith(key) ? 0 : street.key.includes(key) ? 1 : 2,
			similarity: trigramSimilarity(stem(key), stem(street.key)),
			distance: editDistance(key, street.key)
		}))
		.filter((s) => s.tier < 2 || s.similarity >= 0.4 || s.distance <= loose);
	scored.sort(
		(a, b) =>
			a.tier - b.tier ||
			b.similarity - a.similarity ||
			a.distance - b.distance ||
			a.name.localeCompare(b.name, 'de')
	);
	return scored.slice(0, limit).map((s) => s.name);
}

const STREET_TYPE = /(?:strasse|weg|platz|allee|gasse|ring|berg)$/;

/** The key without its street type, which otherwise makes every "…straße" look alike. */
function stem(key: string): string {
	const stemmed = key.replace(STREET_TYPE, '');
	return stemmed.length >= 3 ? stemmed : key;
}

/** Dice coefficient of the two keys' sets of three-letter sequences. */
export function trigramSimilarity(a: string, b: string): number {
	const left = trigrams(a);
	const right = trigrams(b);
	if (left.size === 0 || right.size === 0) return 0;
	let shared = 0;
	for (const gram of left) if (right.has(gram)) shared += 1;
	return (2 * shared) / (left.size + right.size);
}

function trigrams(key: string): Set<string> {
	const grams = new Set<string>();
	for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
	return grams;
}
