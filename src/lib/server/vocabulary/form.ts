import type { VocabularyInput } from './service';

// The coordinator's form for one concept of the search vocabulary.

export const MAX_LABEL = 60;
export const MAX_TERMS = 200;
export const MAX_WORD = 80;
// Room for the seeded concepts (up to ~380 words after fourteen rounds of the vocabulary; every seeded
// concept must stay savable unchanged, tests/integration/search-vocabulary-migration.test.ts) and for the
// coordinator's own words on top.
export const MAX_WORDS = 600;

export interface VocabularyFormValues {
	label: string;
	searchTerms: string;
	words: string;
	topicCodes: string[];
	danger: boolean;
}

export type VocabularyFormErrors = Partial<Record<'label' | 'searchTerms' | 'words' | 'topicCodes', string>>;

export type ParsedVocabularyForm =
	{ ok: true; input: VocabularyInput } | { ok: false; values: VocabularyFormValues; errors: VocabularyFormErrors };

export function readVocabularyForm(form: FormData, knownTopics: string[]): ParsedVocabularyForm {
	const values: VocabularyFormValues = {
		label: text(form, 'label'),
		searchTerms: text(form, 'searchTerms'),
		words: text(form, 'words'),
		topicCodes: form.getAll('topicCodes').map(String),
		danger: form.get('danger') === 'ja'
	};
	const words = [
		...new Set(
			values.words
				.split(/\r?\n/)
				.map((w) => w.trim().replace(/\s+/g, ' '))
				.filter(Boolean)
		)
	];
	const errors: VocabularyFormErrors = {};
	if (!values.label) errors.label = 'Bitte geben Sie einen Namen für den Begriff ein, z. B. „Mobbing“.';
	else if (values.label.length > MAX_LABEL) errors.label = `Der Name darf höchstens ${MAX_LABEL} Zeichen lang sein.`;
	if (!/[\p{L}\p{N}]/u.test(values.searchTerms)) {
		errors.searchTerms = 'Bitte geben Sie mindestens ein Suchwort ein, das in den Partnerprofilen vorkommt.';
	} else if (values.searchTerms.length > MAX_TERMS) {
		errors.searchTerms = `Die Suchwörter dürfen zusammen höchstens ${MAX_TERMS} Zeichen lang sein.`;
	}
	if (words.length === 0)
		errors.words =
			'Bitte geben Sie mindestens ein Wort ein, das Bürgerinnen und Bürger eintippen (eines je Zeile).';
	else if (words.length > MAX_WORDS) errors.words = `Bitte tragen Sie höchstens ${MAX_WORDS} Wörter ein.`;
	else if (words.some((w) => w.length > MAX_WORD))
		errors.words = `Jedes Wort darf höchstens ${MAX_WORD} Zeichen lang sein.`;
	else if (words.some((w) => !/[\p{L}\p{N}]/u.test(w)))
		errors.words = 'Jede Zeile muss mindestens einen Buchstaben enthalten.';
	if (values.topicCodes.some((code) => !knownTopics.includes(code)))
		errors.topicCodes = 'Bitte wählen Sie nur Themen aus der Liste.';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		input: {
			label: values.label,
			searchTerms: values.searchTerms.trim().replace(/\s+/g, ' '),
			topicCodes: [...new Set(values.topicCodes)],
			words,
			danger: values.danger
		}
	};
}

export function toFormValues(input: VocabularyInput): VocabularyFormValues {
	return { ...input, words: input.words.join('\n') };
}

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}
