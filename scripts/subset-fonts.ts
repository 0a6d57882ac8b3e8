// npm run fonts: regenerates the Fira Sans subsets in src/lib/fonts from the files KERN UX ships.
// The portal speaks German, English, Polish and Czech: Latin and Latin Extended-A cover them all, so
// the Greek and Cyrillic glyphs (two thirds of each file) stay out. Two weights carry the design:
// 400 for text, 600 for headings, labels and emphasis (500 and 700 fall back to them).
// Only the layout features text needs stay (kerning, ligatures, accents; no stylistic sets, fractions
// or old-style figures), and hinting goes: browsers on phones and Macs ignore it, as Google Fonts
// does for them. Each weight shrinks from ~33 KB to ~13 KB, a third of a page's first-visit bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans');
const target = path.join(root, 'src/lib/fonts');
const WEIGHTS = { 'fira-sans-400.woff2': 'FiraSans-Regular.woff2', 'fira-sans-600.woff2': 'FiraSans-SemiBold.woff2' };

// Basic Latin, Latin-1, Latin Extended-A, the punctuation German, Polish and Czech use („…“ – ‚‘ »«),
// thin spaces, €, ™, arrows and the minus sign.
const RANGES: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x17f]
];
const text =
	RANGES.flatMap(([from, to]) =>
		Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
	).join('') + '\u2009\u202f–—‘’‚“”„•…′″‹›€™←↑→↓−';
const LAYOUT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

for (const [name, original] of Object.entries(WEIGHTS)) {
	const input = fs.readFileSync(path.join(source, original));
	const subset = await subsetFont(input, text, {
		targetFormat: 'woff2',
		keepFeatures: LAYOUT_FEATURES,
		noHinting: true
	});
	fs.writeFileSync(path.join(target, name), subset);
	console.log(`${name}: ${input.length} → ${subset.length} bytes`);
}
