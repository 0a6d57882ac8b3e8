import type { ServiceAreaKind } from '../db/schema';
import { parseAreaKind } from './kinds';
import { tooLongMessage } from '$lib/validation/length';
import type { AreaFormValues, AreaFormErrors } from '$lib/forms/areas';
export type { AreaFormValues, AreaFormErrors } from '$lib/forms/areas';

export interface ParsedArea {
	organizationId: number;
	kind: ServiceAreaKind;
	name: string;
	note: string | null;
	ortsteile: string[];
}

export type AreaFormParse =
	| { ok: true; values: AreaFormValues; area: ParsedArea }
	| { ok: false; values: AreaFormValues; errors: AreaFormErrors };

interface Known {
	organizationIds: number[];
	ortsteilCodes: string[];
	/** Names already used by the chosen organization's other areas, lower-cased (listTakenAreaNames). */
	takenNames: string[];
}

/** The coordinator's form for an area: partner, kind, name, note and the Ortsteile it covers. */
export function parseAreaForm(form: FormData, known: Known): AreaFormParse {
	const text = (name: string) => String(form.get(name) ?? '').trim();
	const values: AreaFormValues = {
		organizationId: text('organizationId'),
		kind: text('kind'),
		name: text('name'),
		note: text('note'),
		ortsteile: form.getAll('ortsteile').map(String)
	};
	const errors: AreaFormErrors = {};
	const organizationId = Number(values.organizationId);
	if (!known.organizationIds.includes(organizationId))
		errors.organizationId = 'Bitte wählen Sie den zuständigen Partner.';
	const kind = parseAreaKind(values.kind);
	if (!kind) errors.kind = 'Bitte wählen Sie die Art des Bereichs.';
	if (values.name.length < 3)
		errors.name = 'Bitte geben Sie dem Bereich einen Namen (mindestens 3 Zeichen), z. B. „Zittau-Süd“.';
	else if (values.name.length > 120) errors.name = tooLongMessage('Der Name', 120, values.name.length);
	else if (!errors.organizationId && known.takenNames.includes(values.name.toLocaleLowerCase('de'))) {
		errors.name = 'Dieser Partner hat schon einen Bereich mit diesem Namen. Bitte wählen Sie einen anderen.';
	}
	if (values.note.length > 500) errors.note = tooLongMessage('Der Hinweis', 500, values.note.length);
	if (values.ortsteile.some((code) => !known.ortsteilCodes.includes(code))) {
		errors.ortsteile = 'Bitte wählen Sie nur Ortsteile aus der Liste.';
	}
	if (Object.keys(errors).length > 0 || !kind) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		area: {
			organizationId,
			kind,
			name: values.name,
			note: values.note || null,
			ortsteile: [...new Set(values.ortsteile)]
		}
	};
}
