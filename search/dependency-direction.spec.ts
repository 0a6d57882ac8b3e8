import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// search/ reads the domains; the domains (and shared $lib code) never import search/ (see README, "Search and the outbox").
const DOMAIN_ROOTS = ['src/lib/server', 'src/lib/components', 'src/lib/directory', 'src/lib/proposals'];
// The application's composition may use both: the runtime starts search.
const COMPOSITION = new Set(['src/lib/server/runtime.ts']);
const IMPORTS_SEARCH = /from\s+['"](\$search\/|(\.\.\/)+search\/)/;

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(file);
		return /\.(ts|svelte)$/.test(entry.name) ? [file] : [];
	});
}

describe('the dependency between search/ and the domains', () => {
	it('runs one way: no domain module imports search/', () => {
		const offenders = DOMAIN_ROOTS.flatMap(sourceFiles)
			.filter((file) => !COMPOSITION.has(file.split(path.sep).join('/')))
			.filter((file) => IMPORTS_SEARCH.test(fs.readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
