import { formText } from '../forms';
import { tooLongMessage } from '$lib/validation/length';
import type { ProposalValues, ProposalErrors } from '$lib/forms/proposals';
export type { ProposalValues, ProposalErrors } from '$lib/forms/proposals';

// The create and edit form of a proposal: one parser, German messages that say how to fix the entry.

export type ProposalParse =
	| { ok: true; values: ProposalValues; organizationId: number }
	| { ok: false; values: ProposalValues; errors: ProposalErrors };

/** What the person may choose from: their organizations (by id) and the known codes. */
export interface ProposalChoices {
	organizationIds: number[];
	topics: string[];
	targetGroups: string[];
	ortsteile: string[];
	actionFields: string[];
}

export const LIMITS = { title: 120, summary: 400, description: 10_000, lookingFor: 1_000, timeframe: 120 } as const;

export function emptyProposalValues(organizationId?: number): ProposalValues {
	return {
		organizationId: organizationId ? String(organizationId) : '',
		title: '',
		summary: '',
		description: '',
		lookingFor: '',
		timeframe: '',
		visibility: 'partners',
		actionField: '',
		topics: [],
		targetGroups: [],
		ortsteile: []
	};
}

export function parseProposalForm(form: FormData, choices: ProposalChoices): ProposalParse {
	const text = (name: string) => formText(form, name).trim();
	const codes = (name: string) => [...new Set(form.getAll(name).filter((v): v is string => typeof v === 'string'))];
	const values: ProposalValues = {
		organizationId: text('organizationId'),
		title: text('title'),
		summary: text('summary'),
		description: formText(form, 'description').replace(/\r\n/g, '\n').trim(),
		lookingFor: text('lookingFor'),
		timeframe: text('timeframe'),
		visibility: text('visibility') === 'public' ? 'public' : 'partners',
		actionField: text('actionField'),
		topics: codes('topics'),
		targetGroups: codes('targetGroups'),
		ortsteile: codes('ortsteile')
	};
	const errors: ProposalErrors = {};
	const organizationId = Number(values.organizationId);
	if (!choices.organizationIds.includes(organizationId)) {
		errors.organizationId = 'Bitte wählen Sie die Organisation, für die Sie den Vorschlag einstellen.';
	}
	if (values.title.length < 5) errors.title = 'Bitte geben Sie einen Titel mit mindestens 5 Zeichen an.';
	else if (values.title.length > LIMITS.title)
		errors.title = tooLongMessage('Der Titel', LIMITS.title, values.title.length);
	if (values.summary.length < 20) {
		errors.summary = 'Bitte fassen Sie die Idee in mindestens 20 Zeichen zusammen.';
	} else if (values.summary.length > LIMITS.summary)
		errors.summary = tooLongMessage('Die Zusammenfassung', LIMITS.summary, values.summary.length);
	if (values.description.length > LIMITS.description) {
		errors.description = tooLongMessage('Die Beschreibung', LIMITS.description, values.description.length);
	}
	if (values.lookingFor.length < 5) {
		errors.lookingFor =
			'Bitte beschreiben Sie, wen oder was Sie suchen, zum Beispiel „eine Präventionsbeamtin der Polizei“.';
	} else if (values.lookingFor.length > LIMITS.lookingFor)
		errors.lookingFor = `Höchstens ${LIMITS.lookingFor} Zeichen.`;
	if (values.timeframe.length > LIMITS.timeframe)
		errors.timeframe = tooLongMessage('Der Zeitraum', LIMITS.timeframe, values.timeframe.length);
	if (values.actionField !== '' && !choices.actionFields.includes(values.actionField)) {
		errors.actionField = 'Bitte wählen Sie ein Handlungsfeld aus der Liste oder „keines“.';
	}
	if (values.topics.length === 0) errors.topics = 'Bitte wählen Sie mindestens ein Thema.';
	else if (!values.topics.every((c) => choices.topics.includes(c)))
		errors.topics = 'Bitte wählen Sie nur Themen aus der Liste.';
	if (!values.targetGroups.every((c) => choices.targetGroups.includes(c))) {
		errors.targetGroups = 'Bitte wählen Sie nur Zielgruppen aus der Liste.';
	}
	if (!values.ortsteile.every((c) => choices.ortsteile.includes(c)))
		errors.ortsteile = 'Bitte wählen Sie nur Ortsteile aus der Liste.';
	return Object.keys(errors).length === 0 ? { ok: true, values, organizationId } : { ok: false, values, errors };
}

/** The short message of a "Wir machen mit" offer or a comment. */
export function parseMessage(
	form: FormData,
	name: string,
	{ min, max, what }: { min: number; max: number; what: string }
) {
	const value = formText(form, name).trim();
	if (value.length < min)
		return { ok: false as const, value, error: `Bitte schreiben Sie ${what} in mindestens ${min} Zeichen.` };
	if (value.length > max)
		return { ok: false as const, value, error: `Bitte kürzen Sie ${what} auf höchstens ${max} Zeichen.` };
	return { ok: true as const, value };
}
