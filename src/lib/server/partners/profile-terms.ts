import type { Kysely } from 'kysely';
import type { Database, Taxonomy } from '../db/schema';
import type { AllowedTerms } from './profile-form';
import { listTerms } from './queries';
import type { TermRef } from './types';

export type TermOptions = Record<Taxonomy, TermRef[]>;

const TAXONOMIES: readonly Taxonomy[] = ['category', 'topic', 'target_group', 'language', 'ortsteil'];

/** Every choice the profile form offers, by taxonomy. */
export async function loadTermOptions(db: Kysely<Database>): Promise<TermOptions> {
	const lists = await Promise.all(TAXONOMIES.map((t) => listTerms(db, t)));
	return Object.fromEntries(TAXONOMIES.map((t, i) => [t, lists[i]])) as TermOptions;
}

export function allowedCodes(options: TermOptions): AllowedTerms {
	const codes = (taxonomy: Taxonomy) => options[taxonomy].map((term) => term.code);
	return {
		category: codes('category'),
		topic: codes('topic'),
		target_group: codes('target_group'),
		language: codes('language'),
		ortsteil: codes('ortsteil')
	};
}
