import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { addGuideKeywords } from '../guides/service';
import { MAX_WORD, MAX_WORDS } from '../vocabulary/form';
import { getVocabularyConcept } from '../vocabulary/queries';
import { saveVocabularyConcept } from '../vocabulary/service';
import { markSearchGapHandled } from './queries';
import { flushSearchCounts } from './record';

// The one step per row of the search-gap report: the query's words go into the vocabulary (a
// concept's words) or into a guide's keywords; both reach the search through the outbox, and the
// row is marked as handled.

export type GapStepResult = { ok: true; message: string } | { ok: false; message: string };

export interface GapStepInput {
	week: string;
	query: string;
	/** The concept's or the guide's id. */
	targetId: number | null;
}

/** Reads the step's form; the query must be one of the week's counted queries. */
export async function readGapStep(
	db: Kysely<Database>,
	form: FormData,
	target: string
): Promise<{ ok: true; input: GapStepInput } | { ok: false; message: string }> {
	const week = String(form.get('week') ?? '');
	const query = String(form.get('query') ?? '');
	const id = Number(form.get(target));
	await flushSearchCounts(db);
	const counted = /^\d{4}-\d{2}-\d{2}$/.test(week)
		? await db
				.selectFrom('search_gap_counts')
				.select('query')
				.where('week', '=', week)
				.where('query', '=', query)
				.executeTakeFirst()
		: undefined;
	if (!counted) return { ok: false, message: 'Diese Suchanfrage gibt es in der gewählten Woche nicht (mehr).' };
	return { ok: true, input: { week, query, targetId: Number.isInteger(id) && id > 0 ? id : null } };
}

export async function addGapToVocabulary(db: Kysely<Database>, input: GapStepInput): Promise<GapStepResult> {
	const concept = input.targetId ? await getVocabularyConcept(db, input.targetId) : null;
	if (!concept)
		return { ok: false, message: 'Bitte wählen Sie einen Begriff aus der Liste, zu dem die Wörter gehören.' };
	if (input.query.length > MAX_WORD) {
		return {
			ok: false,
			message: `Die Suchanfrage ist länger als ${MAX_WORD} Zeichen; bitte tragen Sie die wichtigen Wörter unter „Suchbegriffe“ selbst ein.`
		};
	}
	if (!concept.words.includes(input.query)) {
		if (concept.words.length >= MAX_WORDS) {
			return {
				ok: false,
				message: `Der Begriff „${concept.label}“ hat schon ${MAX_WORDS} Wörter; bitte wählen Sie einen anderen.`
			};
		}
		const { id, ...rest } = concept;
		await saveVocabularyConcept(db, id, { ...rest, words: [...concept.words, input.query] });
	}
	await markSearchGapHandled(db, input.week, input.query);
	return {
		ok: true,
		message: `„${input.query}“ gehört jetzt zum Begriff „${concept.label}“; die Suche kennt es in wenigen Sekunden.`
	};
}

export async function linkGapToGuide(
	db: Kysely<Database>,
	input: GapStepInput,
	authorId: number
): Promise<GapStepResult> {
	const found = input.targetId ? await addGuideKeywords(db, input.targetId, input.query, authorId) : false;
	if (!found) return { ok: false, message: 'Bitte wählen Sie einen Ratgeber aus der Liste.' };
	await markSearchGapHandled(db, input.week, input.query);
	return { ok: true, message: `Der Ratgeber wird jetzt auch für „${input.query}“ gefunden (in wenigen Sekunden).` };
}
