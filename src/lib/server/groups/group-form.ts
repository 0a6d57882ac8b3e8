import { formText } from '../forms';
import type { JoinPolicy } from '../db/tables/collaboration';
import { tooLongMessage } from '$lib/validation/length';
import type { GroupValues, GroupErrors } from '$lib/forms/groups';
export type { GroupValues, GroupErrors } from '$lib/forms/groups';

// The coordinator's form for a working group. The lead is a person together with the organization
// they act for ("userId:organizationId"), which becomes a member if it is not one yet.

export interface GroupFields {
	name: string;
	description: string;
	topicCodes: string[];
	lead: { userId: number; organizationId: number };
	joinPolicy: JoinPolicy;
	actionFieldId: number | null;
}

export interface GroupChoices {
	topicCodes: string[];
	leads: string[];
	actionFieldIds: number[];
}

export function readGroupForm(form: FormData): GroupValues {
	return {
		name: formText(form, 'name').trim(),
		description: formText(form, 'description').trim(),
		topics: form.getAll('topics').filter((v): v is string => typeof v === 'string'),
		lead: formText(form, 'lead'),
		joinPolicy: formText(form, 'joinPolicy'),
		actionField: formText(form, 'actionField')
	};
}

export function parseGroupForm(
	form: FormData,
	choices: GroupChoices
): { ok: true; values: GroupValues; fields: GroupFields } | { ok: false; values: GroupValues; errors: GroupErrors } {
	const values = readGroupForm(form);
	const errors: GroupErrors = {};
	if (values.name.length < 5)
		errors.name =
			'Bitte geben Sie einen Namen mit mindestens 5 Zeichen an, zum Beispiel „AG Sicherheit im öffentlichen Raum“.';
	else if (values.name.length > 120) errors.name = tooLongMessage('Der Name', 120, values.name.length);
	if (values.description.length < 20)
		errors.description = 'Bitte beschreiben Sie in mindestens 20 Zeichen, woran die Gruppe arbeitet.';
	else if (values.description.length > 10_000)
		errors.description = tooLongMessage('Die Beschreibung', 10_000, values.description.length);
	if (values.topics.some((code) => !choices.topicCodes.includes(code)))
		errors.topics = 'Bitte wählen Sie nur Themen aus der Liste.';
	if (!choices.leads.includes(values.lead)) errors.lead = 'Bitte wählen Sie die Leitung aus der Liste der Personen.';
	if (values.joinPolicy !== 'open' && values.joinPolicy !== 'on_request')
		errors.joinPolicy = 'Bitte wählen Sie, wie Organisationen beitreten.';
	const actionFieldId = values.actionField === '' ? null : Number(values.actionField);
	if (actionFieldId !== null && !choices.actionFieldIds.includes(actionFieldId))
		errors.actionField = 'Bitte wählen Sie ein Handlungsfeld aus der Liste oder „keines“.';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	const [userId, organizationId] = values.lead.split(':').map(Number);
	return {
		ok: true,
		values,
		fields: {
			name: values.name,
			description: values.description,
			topicCodes: [...new Set(values.topics)],
			lead: { userId, organizationId },
			joinPolicy: values.joinPolicy as JoinPolicy,
			actionFieldId
		}
	};
}
