import { isFillerWord } from './text-query';

// How well a partner fits a proposal: shared vocabulary terms plus, when Meilisearch answered, the
// text relevance of the partner's profile to what the proposal says. Pure, so the weights and the
// German reasons can be tested without a database.

export interface FitTerm {
	id: number;
	label: string;
}

export interface FitTerms {
	topics: FitTerm[];
	targetGroups: FitTerm[];
	ortsteile: FitTerm[];
}

/** A partner's hit in the full-text search for the proposal's words. */
export interface TextMatch {
	/** Meilisearch's _rankingScore, 0…1. */
	rankingScore: number;
	/** The words of the partner's profile that matched, as written there. */
	words: string[];
}

export interface Fit {
	score: number;
	reasons: string[];
}

/** A shared topic counts most; text relevance at best as much as a shared target group, so it mostly breaks ties. */
export const FIT_WEIGHTS = { topic: 3, targetGroup: 2, ortsteil: 2, text: 2 } as const;

const MAX_TEXT_WORDS = 4;

export function scoreFit(proposal: FitTerms, candidate: FitTerms, text: TextMatch | null): Fit {
	const topics = shared(proposal.topics, candidate.topics);
	const targetGroups = shared(proposal.targetGroups, candidate.targetGroups);
	const ortsteile = shared(proposal.ortsteile, candidate.ortsteile);
	const textScore = text ? Math.max(0, Math.min(1, text.rankingScore)) : 0;
	const score =
		topics.length * FIT_WEIGHTS.topic +
		targetGroups.length * FIT_WEIGHTS.targetGroup +
		ortsteile.length * FIT_WEIGHTS.ortsteil +
		textScore * FIT_WEIGHTS.text;

	const reasons: string[] = [];
	if (topics.length > 0) reasons.push(counted(topics, 'gemeinsames Thema', 'gemeinsame Themen'));
	if (targetGroups.length > 0) reasons.push(counted(targetGroups, 'gemeinsame Zielgruppe', 'gemeinsame Zielgruppen'));
	if (ortsteile.length > 0) reasons.push(`auch in ${listInWords(ortsteile)} tätig`);
	if (text && textScore > 0) reasons.push(textReason(text.words));
	return { score: Math.round(score * 100) / 100, reasons };
}

/** Best fit first; equal scores by name, so the order is stable. */
export function compareFit(a: { score: number; name: string }, b: { score: number; name: string }): number {
	return b.score - a.score || a.name.localeCompare(b.name, 'de');
}

function shared(wanted: FitTerm[], offered: FitTerm[]): string[] {
	const offeredIds = new Set(offered.map((term) => term.id));
	return wanted.filter((term) => offeredIds.has(term.id)).map((term) => term.label);
}

function counted(labels: string[], one: string, many: string): string {
	return `${labels.length} ${labels.length === 1 ? one : many}: ${labels.join(', ')}`;
}

/** "Pethau", "Pethau und Eichgraben", "Pethau, Eichgraben und Hirschfelde". */
function listInWords(labels: string[]): string {
	if (labels.length === 1) return labels[0];
	return `${labels.slice(0, -1).join(', ')} und ${labels.at(-1)}`;
}

function textReason(words: string[]): string {
	const distinct: string[] = [];
	const seen = new Set<string>();
	for (const word of words) {
		const key = word.toLocaleLowerCase('de');
		if (!seen.has(key) && !isFillerWord(word)) distinct.push(word);
		seen.add(key);
	}
	if (distinct.length === 0) return 'passt laut Volltextsuche zum Vorhaben';
	return `passt laut Volltextsuche zu „${distinct.slice(0, MAX_TEXT_WORDS).join(', ')}“`;
}
