import type { Kysely } from 'kysely';
import { findResponsible } from '../areas/lookup';
import type { LookupResult } from '../areas/types';
import type { Database, ServiceAreaKind } from '../db/schema';

export const STREET_PARAM = 'strasse';
const MAX_LENGTH = 100;

/** What the GET form ?strasse=… asked and what it gets: nothing asked, a refused input, or the answer. */
export type StreetQuery =
	| { asked: false }
	| { asked: true; input: string; problem: 'empty' | 'too-long' }
	| { asked: true; input: string; problem: null; result: LookupResult };

/** Reads the street a citizen typed from the URL and looks up who is responsible, among areas of `kind`. */
export async function answerStreetQuery(
	db: Kysely<Database>,
	params: URLSearchParams,
	kind: ServiceAreaKind
): Promise<StreetQuery> {
	const raw = params.get(STREET_PARAM);
	if (raw === null) return { asked: false };
	const input = raw.trim();
	if (input === '') return { asked: true, input, problem: 'empty' };
	if (input.length > MAX_LENGTH) return { asked: true, input: input.slice(0, MAX_LENGTH), problem: 'too-long' };
	return { asked: true, input, problem: null, result: await findResponsible(db, input, { kind }) };
}
