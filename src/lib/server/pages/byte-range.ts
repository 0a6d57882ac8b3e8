// Browsers fetch a <video> in pieces (Range: bytes=start-end) to start quickly and to seek.

export type ByteRange = { start: number; end: number };

/** The one range asked for; null when the whole file is wanted, 'unsatisfiable' for a range outside it. */
export function parseByteRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
	if (!match || (match[1] === '' && match[2] === '')) return null;
	const [start, end] =
		match[1] === ''
			? [Math.max(size - Number(match[2]), 0), size - 1]
			: [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
	if (start > end || start >= size) return 'unsatisfiable';
	return { start, end };
}
