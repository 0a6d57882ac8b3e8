import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { spellOutUmlauts } from '$lib/umlauts';

/** "Jugendhaus Pethau e. V." → "jugendhaus-pethau-e-v"; umlauts spelled out as in German addresses. */
export function slugify(text: string): string {
	return spellOutUmlauts(text)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80)
		.replace(/-$/, '');
}

/** A slug for `name` that no row of `table` uses yet: the plain one, else with -2, -3, … appended. */
export async function uniqueSlug(
	db: Kysely<Database>,
	name: string,
	{ table = 'organizations', fallback = 'organisation' }: { table?: SluggedTable; fallback?: string } = {}
): Promise<string> {
	const base = slugify(name) || fallback;
	const taken = new Set(
		(await db.selectFrom(table).select(['slug']).where('slug', 'like', `${base}%`).execute()).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	let suffix = 2;
	while (taken.has(`${base}-${suffix}`)) suffix += 1;
	return `${base}-${suffix}`;
}

type SluggedTable = 'organizations' | 'proposals' | 'guides' | 'news_items' | 'working_groups' | 'action_fields';
