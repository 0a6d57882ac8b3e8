import { formText } from '../forms';
import type { MatchStatus } from '../db/tables/brokering';
import { tooLongMessage } from '$lib/validation/length';

export const MATCH_STATUSES: readonly MatchStatus[] = ['suggested', 'contacted', 'involved', 'declined'];
const NOTE_MAX = 1000;
const REASON_MAX = 500;

type Parse<V, F extends string> =
	{ ok: true; values: V } | { ok: false; values: Record<F, string>; errors: Partial<Record<F, string>> };

export interface CandidateChoice {
	organizationId: number;
}

export interface IntroductionValues extends CandidateChoice {
	note: string | null;
}

export interface StatusValues {
	matchId: number;
	status: MatchStatus;
	declineReason: string | null;
}

/** "Vormerken": which candidate. */
export function parseSuggestionForm(form: FormData): Parse<CandidateChoice, 'organizationId'> {
	const raw = { organizationId: formText(form, 'organizationId') };
	const organizationId = positiveInteger(raw.organizationId);
	if (organizationId === null) return { ok: false, values: raw, errors: { organizationId: CHOOSE_CANDIDATE } };
	return { ok: true, values: { organizationId } };
}

/** "Vorstellen": which candidate and the coordinator's optional personal note. */
export function parseIntroductionForm(form: FormData): Parse<IntroductionValues, 'organizationId' | 'note'> {
	const raw = { organizationId: formText(form, 'organizationId'), note: formText(form, 'note').trim() };
	const organizationId = positiveInteger(raw.organizationId);
	const errors: Partial<Record<'organizationId' | 'note', string>> = {};
	if (organizationId === null) errors.organizationId = CHOOSE_CANDIDATE;
	if (raw.note.length > NOTE_MAX) {
		errors.note = tooLongMessage('Die persönliche Nachricht', NOTE_MAX, raw.note.length);
	}
	if (organizationId === null || errors.note) return { ok: false, values: raw, errors };
	return { ok: true, values: { organizationId, note: raw.note || null } };
}

/** A status change of one match; the reason is optional and only kept for "abgelehnt". */
export function parseStatusForm(form: FormData): Parse<StatusValues, 'matchId' | 'status' | 'declineReason'> {
	const raw = {
		matchId: formText(form, 'matchId'),
		status: formText(form, 'status'),
		declineReason: formText(form, 'declineReason').trim()
	};
	const matchId = positiveInteger(raw.matchId);
	const errors: Partial<Record<'matchId' | 'status' | 'declineReason', string>> = {};
	if (matchId === null) errors.matchId = 'Diesen Vorschlag gibt es nicht. Bitte laden Sie die Seite neu.';
	if (!isMatchStatus(raw.status))
		errors.status = 'Bitte wählen Sie einen Status: vorgeschlagen, kontaktiert, beteiligt oder abgelehnt.';
	if (raw.declineReason.length > REASON_MAX) {
		errors.declineReason = tooLongMessage('Der Grund', REASON_MAX, raw.declineReason.length);
	}
	if (matchId === null || !isMatchStatus(raw.status) || errors.declineReason)
		return { ok: false, values: raw, errors };
	return { ok: true, values: { matchId, status: raw.status, declineReason: raw.declineReason || null } };
}

export function isMatchStatus(value: string): value is MatchStatus {
	return (MATCH_STATUSES as readonly string[]).includes(value);
}

const CHOOSE_CANDIDATE = 'Bitte wählen Sie eine der vorgeschlagenen Organisationen aus der Liste.';

function positiveInteger(raw: string): number | null {
	if (!/^\d{1,12}$/.test(raw)) return null;
	const value = Number(raw);
	return value > 0 ? value : null;
}
