import { formText } from '../forms';

// The public page's "Beitreten"/"Aufnahme beantragen" form; messages come from the page's language.

export interface JoinValues {
	organizationId: string;
	message: string;
}

export type JoinProblem = 'organization' | 'message';

export function parseJoinForm(
	form: FormData,
	eligibleOrganizationIds: number[]
):
	| { ok: true; values: JoinValues; organizationId: number }
	| { ok: false; values: JoinValues; problems: Partial<Record<keyof JoinValues, JoinProblem>> } {
	const values = { organizationId: formText(form, 'organizationId'), message: formText(form, 'message').trim() };
	const organizationId = Number(values.organizationId);
	const problems: Partial<Record<keyof JoinValues, JoinProblem>> = {};
	if (!eligibleOrganizationIds.includes(organizationId)) problems.organizationId = 'organization';
	if (values.message.length > 1000) problems.message = 'message';
	return Object.keys(problems).length > 0 ? { ok: false, values, problems } : { ok: true, values, organizationId };
}
