import type { Kysely } from 'kysely';
import type { DirectoryQuery, DirectoryResult } from '$lib/directory/types';
import type { Database } from '../db/schema';
import { countSearch } from './record';

// Which requests count as a search in the weekly report: a typed query on its first page, not a
// further page, a filter without words, the live updates while someone is still typing (`live=1`,
// see /netzwerk), nor the portal's "alle anzeigen" of one group, which repeats a search.

export function countDirectorySearch(
	db: Kysely<Database>,
	query: DirectoryQuery,
	result: Pick<DirectoryResult, 'total' | 'guides'>,
	{ locale, live }: { locale: string; live: boolean }
): void {
	if (query.q.trim() === '' || query.seite !== 1 || live) return;
	countSearch(db, {
		q: query.q,
		locale,
		kind: 'directory',
		total: result.total + (result.guides?.length ?? 0)
	});
}

export function countPortalSearch(
	db: Kysely<Database>,
	result: { q: string; groups: Record<string, { total: number }> },
	{ locale, onlyOneGroup }: { locale: string; onlyOneGroup: boolean }
): void {
	if (result.q.trim() === '' || onlyOneGroup) return;
	const total = Object.values(result.groups).reduce((sum, group) => sum + group.total, 0);
	countSearch(db, { q: result.q, locale, kind: 'portal', total });
}
