import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { loadAreaFormOptions } from '$lib/server/areas/area-options';
import { countAreaRevisions } from '$lib/server/areas/revisions';
import { replaceAreaStreets, saveServiceArea } from '$lib/server/areas/service';
import {
	EMPTY_LINE,
	parseStreetLines,
	readStreetLines,
	type StreetLineValues
} from '$lib/server/areas/street-lines-form';
import type { AreaStreetInput } from '$lib/server/areas/types';
import { LogoError, MAX_LOGO_BYTES, processLogo } from '$lib/server/partners/logo';
import { tooLargeMessage } from '$lib/validation/file-types';
import {
	deleteContactPhoto,
	getPhotoPersonName,
	listConsentingContactNames,
	saveContactPhoto
} from '$lib/server/police/photo-store';
import { getRuntime } from '$lib/server/runtime';
import { readAreaForm, requireArea } from '../area-request';
import type { Actions, PageServerLoad } from './$types';

const SPARE_LINES = 3;

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const area = await requireArea(db, event.params.id);
	const [options, photoPerson, consenting] = await Promise.all([
		loadAreaFormOptions(db),
		getPhotoPersonName(db, area.organization.id),
		listConsentingContactNames(db, area.organization.id)
	]);
	return {
		area: { id: area.id, name: area.name, kind: area.kind, organization: area.organization },
		options,
		values: {
			organizationId: String(area.organization.id),
			kind: area.kind,
			name: area.name,
			note: area.note ?? '',
			ortsteile: area.ortsteile
		},
		lines: withSpareLines(area.streets.map(toLine)),
		photo: { person: photoPerson, shown: photoPerson !== null && consenting.includes(photoPerson), consenting },
		created: event.url.searchParams.has('angelegt'),
		imported: readCount(event.url.searchParams.get('importiert')),
		importMode: event.url.searchParams.get('modus') === 'ersetzen' ? 'ersetzen' : 'ergaenzen',
		restored: readCount(event.url.searchParams.get('wiederhergestellt')),
		revisionCount: await countAreaRevisions(db, area.id)
	};
};

export const actions = {
	speichern: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		const parsed = await readAreaForm(db, await event.request.formData(), area.id);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { ortsteile, ...input } = parsed.area;
		await saveServiceArea(db, area.id, input, ortsteile);
		return { saved: true };
	},

	strassen: async (event) => {
		const user = requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		const parsed = parseStreetLines(readStreetLines(await event.request.formData()));
		if (!parsed.ok) return fail(400, { lines: parsed.lines, lineErrors: parsed.errors });
		await replaceAreaStreets(db, area.id, parsed.streets, { reason: 'edited', actorId: user.id });
		return { streetsSaved: parsed.streets.length };
	},

	// "Weitere Zeilen": the list comes back with more empty lines, nothing is saved.
	zeile: async (event) => {
		requireCoordinator(event);
		await requireArea(getRuntime().db, event.params.id);
		return { lines: withSpareLines(readStreetLines(await event.request.formData())) };
	},

	foto: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		const form = await event.request.formData();
		const person = String(form.get('person') ?? '');
		const file = form.get('foto');
		if (!(await listConsentingContactNames(db, area.organization.id)).includes(person)) {
			return fail(400, { photoError: 'Bitte wählen Sie die Person, die der Veröffentlichung zugestimmt hat.' });
		}
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { photoError: 'Bitte wählen Sie eine Bilddatei aus.' });
		if (file.size > MAX_LOGO_BYTES) return fail(400, { photoError: tooLargeMessage('Das Foto', MAX_LOGO_BYTES) });
		try {
			await saveContactPhoto(
				db,
				area.organization.id,
				person,
				await processLogo(new Uint8Array(await file.arrayBuffer()))
			);
		} catch (error) {
			if (error instanceof LogoError) return fail(400, { photoError: error.message });
			throw error;
		}
		redirect(303, `/koordination/gebiete/${area.id}?foto#foto`);
	},

	fotoEntfernen: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		await deleteContactPhoto(db, area.organization.id);
		return { photoRemoved: true };
	}
} satisfies Actions;

function readCount(text: string | null): number | null {
	return text !== null && /^\d{1,6}$/.test(text) ? Number(text) : null;
}

function toLine(street: AreaStreetInput): StreetLineValues {
	return {
		street: street.streetName,
		postalCode: street.postalCode ?? '',
		from: street.from === null ? '' : String(street.from),
		to: street.to === null ? '' : String(street.to),
		parity: street.parity
	};
}

function withSpareLines(lines: StreetLineValues[]): StreetLineValues[] {
	return [...lines, ...Array.from({ length: SPARE_LINES }, () => ({ ...EMPTY_LINE }))];
}
