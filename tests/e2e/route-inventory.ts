import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));
// How the matrix writes a route parameter: an organization of the person, a token nobody holds, or a
// demo working group with its meeting and attachment (see authorization.spec.ts), or the first demo contact message.
const PARAMETERS: Record<string, string> = {
	'[slug]': '{org}',
	'[token]': 'unbekannt',
	'[token].ics': 'unbekannt.ics',
	'[group]': '{group}',
	'[group].ics': '{group}.ics',
	'[meeting]': '{meeting}',
	'[attachment]': '{attachment}',
	'[messageId]': '1',
	'[locale]': 'en'
};

/**
 * Every page load, endpoint method and form action below the given areas, read from the route files,
 * in the matrix's notation ("GET /intern/organisation/{org}", "POST /konto?/name"), so that a route
 * added later without a line in the matrix is noticed.
 */
export function listEndpoints(areas: string[]): string[] {
	return areas.flatMap((area) => walk(path.join(ROUTES_DIR, area))).sort();
}

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return walk(file);
		const route =
			'/' +
			path
				.relative(ROUTES_DIR, dir)
				.split(path.sep)
				.map((part) => PARAMETERS[part] ?? part)
				.join('/');
		const source = fs.readFileSync(file, 'utf8');
		if (entry.name === '+page.server.ts')
			return [...(/export const load\b/.test(source) ? [`GET ${route}`] : []), ...actions(route, source)];
		if (entry.name === '+server.ts')
			return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
				([, method]) => `${method} ${route}`
			);
		return [];
	});
}

function actions(route: string, source: string): string[] {
	const block = /export const actions = \{([\s\S]*?)\n\} satisfies Actions/.exec(source)?.[1] ?? '';
	return [...block.matchAll(/^\t(\w+): /gm)].map(([, name]) =>
		name === 'default' ? `POST ${route}` : `POST ${route}?/${name}`
	);
}
