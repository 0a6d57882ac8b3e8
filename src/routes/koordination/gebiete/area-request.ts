import { error } from '@sveltejs/kit';
import { getEditableArea, listTakenAreaNames, type EditableArea } from '$lib/server/areas/admin-queries';
import { loadAreaFormOptions } from '$lib/server/areas/area-options';
import { parseAreaForm } from '$lib/server/areas/area-form';
import { requireCoordinator, type GuardEvent } from '$lib/server/auth/guards';
import type { DB } from '$lib/server/db/connection';
import { getRuntime } from '$lib/server/runtime';

/** The area named by the route's id; 404 for an unknown or malformed id. */
export async function requireArea(db: DB, id: string) {
	const areaId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
	const area = Number.isNaN(areaId) ? null : await getEditableArea(db, areaId);
	if (!area) error(404, 'Diesen Bereich gibt es nicht.');
	return area;
}

/** What the area's import, versions and delete pages say about it in their heading. */
export function areaSummary(area: EditableArea) {
	return { id: area.id, name: area.name, organization: area.organization.name, streetCount: area.streets.length };
}

/** The load of the area's import and delete pages: for a coordinator, the area's heading summary. */
export async function loadAreaSummary(event: GuardEvent & { params: { id: string } }) {
	requireCoordinator(event);
	return { area: areaSummary(await requireArea(getRuntime().db, event.params.id)) };
}

/** Parses the area form against the known partners, Ortsteile and the partner's other area names. */
export async function readAreaForm(db: DB, form: FormData, exceptAreaId?: number) {
	const options = await loadAreaFormOptions(db);
	const organizationId = Number(form.get('organizationId'));
	const takenNames = Number.isInteger(organizationId)
		? await listTakenAreaNames(db, organizationId, exceptAreaId)
		: [];
	return parseAreaForm(form, {
		organizationIds: options.organizations.map((o) => o.id),
		ortsteilCodes: options.ortsteile.map((o) => o.code),
		takenNames
	});
}
