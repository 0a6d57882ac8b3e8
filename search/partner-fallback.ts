import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DirectoryQuery, DirectoryResult, FacetParam } from '../src/lib/directory/types';
import { FACET_PARAMS } from '../src/lib/directory/types';
import type { Database, Taxonomy } from '../src/lib/server/db/schema';
import { getPublicPartners } from '../src/lib/server/partners/queries';
import { buildPartnerDocument } from './documents';
import {
	PAGE_SIZE,
	buildFacets,
	clampPage,
	cropWords,
	pageCount,
	plainText,
	toDirectoryHit,
	type FacetCounts,
	type TaxonomyLabels
} from './directory-result';
import { germanStopWords } from '../src/lib/server/text/stop-words';

// The directory straight from SQLite while Meilisearch does not answer: same filters and counts,
// plain substring matching instead of ranking, always A–Z.

type Facet = FacetParam | 'barrierefrei';
type Scope = ExpressionBuilder<Database & { o: Database['organizations'] }, 'o'>;

const TAXONOMY: Record<FacetParam, Taxonomy> = {
	kategorie: 'category',
	thema: 'topic',
	zielgruppe: 'target_group',
	ortsteil: 'ortsteil',
	sprache: 'language'
};
const TEXT_COLUMNS = ['o.name', 'o.short_name', 'o.description'] as const;
const MAX_WORDS = 10;
const STOP_WORDS = new Set(germanStopWords);

export async function searchPartnersInDatabase(
	db: Kysely<Database>,
	query: DirectoryQuery,
	terms: TaxonomyLabels
): Promise<DirectoryResult> {
	const { count: total } = await db
		.selectFrom('organizations as o')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where((eb) => matching(db, eb, query))
		.executeTakeFirstOrThrow();
	const page = clampPage(query.seite, total);

	const [rows, accessible, ...facetCounts] = await Promise.all([
		db
			.selectFrom('organizations as o')
			.select('o.id')
			.where((eb) => matching(db, eb, query))
			.orderBy(sql`lower(o.name)`)
			.orderBy('o.id')
			.limit(PAGE_SIZE)
			.offset((page - 1) * PAGE_SIZE)
			.execute(),
		db
			.selectFrom('organizations as o')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where((eb) => matching(db, eb, query, 'barrierefrei'))
			.where('o.wheelchair_accessible', '=', 1)
			.executeTakeFirstOrThrow(),
		...FACET_PARAMS.map((facet) => countByCode(db, query, facet))
	]);

	const counts = { barrierefrei: accessible.count } as FacetCounts;
	FACET_PARAMS.forEach((facet, i) => (counts[facet] = facetCounts[i]));
	const ids = rows.map((r) => r.id);
	const partners = await getPublicPartners(db, ids);
	partners.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));

	return {
		query: { ...query, seite: page },
		hits: partners.map((partner) =>
			toDirectoryHit(buildPartnerDocument(partner), terms, {
				name: plainText(partner.name),
				summary: plainText(cropWords(partner.description || partner.offer))
			})
		),
		total,
		page,
		pageSize: PAGE_SIZE,
		totalPages: pageCount(total),
		facets: buildFacets(query, terms, counts),
		degraded: true
	};
}

/** Published partners that match the query, leaving out one facet's own selection if asked to. */
function matching(db: Kysely<Database>, eb: Scope, query: DirectoryQuery, without?: Facet): Expression<SqlBool> {
	const conditions: Expression<SqlBool>[] = [eb('o.status', '=', 'published')];
	for (const word of searchWords(query.q)) {
		const patterns = caseVariants(word).map((w) => `%${escapeLike(w)}%`);
		conditions.push(
			eb.or(
				patterns.flatMap((pattern) =>
					TEXT_COLUMNS.map((column) => sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`)
				)
			)
		);
	}
	for (const facet of FACET_PARAMS) {
		if (facet === without || query[facet].length === 0) continue;
		conditions.push(
			eb(
				'o.id',
				'in',
				db
					.selectFrom(memberships(db, facet).as('m'))
					.select('m.organization_id')
					.where('m.code', 'in', query[facet])
			)
		);
	}
	if (query.barrierefrei && without !== 'barrierefrei') conditions.push(eb('o.wheelchair_accessible', '=', 1));
	return eb.and(conditions);
}

/** Which partner carries which code of a taxonomy; an address in an Ortsteil counts as belonging to it. */
function memberships(db: Kysely<Database>, facet: FacetParam) {
	if (facet === 'kategorie') {
		return db
			.selectFrom('organizations as c')
			.innerJoin('taxonomy_terms as t', 't.id', 'c.category_id')
			.select(['c.id as organization_id', 't.code']);
	}
	const tagged = db
		.selectFrom('organization_terms as ot')
		.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
		.where('t.taxonomy', '=', TAXONOMY[facet])
		.select(['ot.organization_id', 't.code']);
	if (facet !== 'ortsteil') return tagged;
	return tagged.union(
		db
			.selectFrom('locations as l')
			.innerJoin('taxonomy_terms as t', 't.id', 'l.ortsteil_id')
			.select(['l.organization_id', 't.code'])
	);
}

async function countByCode(db: Kysely<Database>, query: DirectoryQuery, facet: FacetParam) {
	const rows = await db
		.selectFrom('organizations as o')
		.innerJoin(memberships(db, facet).as('x'), 'x.organization_id', 'o.id')
		.select(['x.code', (eb) => eb.fn.count<number>('o.id').distinct().as('count')])
		.where((eb) => matching(db, eb, query, facet))
		.groupBy('x.code')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.code, r.count]));
}

function searchWords(q: string): string[] {
	const words = q.split(' ').filter((w) => w && !STOP_WORDS.has(w.toLocaleLowerCase('de')));
	return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * SQLite's LIKE ignores case for ASCII letters only. Capital umlauts mostly start a word
 * ("Ärger", "Übergriff"), so the lower-case word and its capitalised form cover nearly all text.
 */
function caseVariants(word: string): string[] {
	const lower = word.toLocaleLowerCase('de');
	return [...new Set([lower, lower.charAt(0).toLocaleUpperCase('de') + lower.slice(1)])];
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
