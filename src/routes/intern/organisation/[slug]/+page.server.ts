import { error, fail } from '@sveltejs/kit';
import { requireOrganizationAccess } from '$lib/server/partners/organization-access';
import { applyProfile, validateProfile } from '$lib/server/partners/profile-form';
import {
	addRow,
	copyDay,
	padRows,
	profileToFormValues,
	readCopyRequest,
	readProfileForm
} from '$lib/server/partners/profile-form-values';
import { listRemovals } from '$lib/server/partners/removals';
import { allowedCodes, loadTermOptions } from '$lib/server/partners/profile-terms';
import { loadPartnerInput } from '$lib/server/partners/profile-queries';
import { LogoError, MAX_LOGO_BYTES, processLogo } from '$lib/server/partners/logo';
import { tooLargeMessage } from '$lib/validation/file-types';
import { deleteLogo, hasLogo, saveLogo } from '$lib/server/partners/logo-store';
import { confirmPartnerCurrent, setPartnerStatus, updatePartner } from '$lib/server/partners/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { organization, access } = await requireOrganizationAccess(event, db, event.params.slug);
	const profile = await storedProfile(organization.id);
	return {
		organization: { slug: organization.slug, name: organization.name, status: organization.status },
		access,
		verifiedAt: profile.verifiedAt,
		values: padRows(profileToFormValues(profile)),
		terms: await loadTermOptions(db),
		hasLogo: await hasLogo(db, organization.id)
	};
};

export const actions = {
	speichern: async (event) => {
		const { organization, actor } = await access(event);
		const { db } = getRuntime();
		const form = await event.request.formData();
		const values = readProfileForm(form);
		const terms = await loadTermOptions(db);
		const result = validateProfile(values, allowedCodes(terms), today());
		if (!result.ok) return fail(400, { values, errors: result.errors });
		const profile = await storedProfile(organization.id);
		const next = applyProfile(profile, result.fields);
		// A save that removes entries first lists them; the confirm button sends the same form again.
		const removals = listRemovals(profile, next, terms);
		if (removals.length > 0 && form.get('entfernen') !== 'bestaetigt') return { values, removals };
		await updatePartner(db, organization.id, next, actor);
		return { saved: true };
	},

	// "Zeiten übertragen", "Mo–Fr wie Montag": the form comes back with the copied rows, nothing is saved.
	kopieren: async (event) => {
		await access(event);
		const form = await event.request.formData();
		return { values: copyDay(readProfileForm(form), readCopyRequest(form)), copied: true };
	},

	// "Weitere Zeile": the form comes back with one more empty row, nothing is saved.
	zeile: async (event) => {
		await access(event);
		const form = await event.request.formData();
		const group = form.get('zeile');
		return { values: addRow(readProfileForm(form), typeof group === 'string' ? group : '') };
	},

	veroeffentlichen: async (event) => {
		const { organization, actor, user } = await access(event);
		if (organization.status === 'archived' && user.role !== 'coordinator') {
			return fail(403, {
				message: 'Ein archivierter Eintrag kann nur von der Koordinierungsstelle veröffentlicht werden.'
			});
		}
		await setPartnerStatus(getRuntime().db, organization.id, 'published', actor);
		return { published: true };
	},

	zurueckziehen: async (event) => {
		const { organization, actor } = await access(event);
		if (organization.status !== 'published') return { unpublished: true };
		await setPartnerStatus(getRuntime().db, organization.id, 'draft', actor);
		return { unpublished: true };
	},

	aktuell: async (event) => {
		const { organization, actor } = await access(event);
		await confirmPartnerCurrent(getRuntime().db, organization.id, today(), actor);
		return { confirmed: true };
	},

	logo: async (event) => {
		const { organization, actor } = await access(event);
		const file = (await event.request.formData()).get('logo');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { logoError: 'Bitte wählen Sie eine Bilddatei aus.' });
		if (file.size > MAX_LOGO_BYTES) return fail(400, { logoError: tooLargeMessage('Das Logo', MAX_LOGO_BYTES) });
		try {
			const logo = await processLogo(new Uint8Array(await file.arrayBuffer()));
			await saveLogo(getRuntime().db, organization.id, logo, actor);
		} catch (thrown) {
			if (thrown instanceof LogoError) return fail(400, { logoError: thrown.message });
			throw thrown;
		}
		return { logoSaved: true };
	},

	logoEntfernen: async (event) => {
		const { organization, actor } = await access(event);
		await deleteLogo(getRuntime().db, organization.id, actor);
		return { logoRemoved: true };
	}
} satisfies Actions;

async function access(event: RequestEvent) {
	const grant = await requireOrganizationAccess(event, getRuntime().db, event.params.slug);
	return { ...grant, actor: { userId: grant.user.id } };
}

async function storedProfile(organizationId: number) {
	const profile = await loadPartnerInput(getRuntime().db, organizationId);
	if (!profile) error(404, 'Diese Organisation gibt es nicht mehr.');
	return profile;
}

/** The calendar day in the council's time zone, for "geprüft am" and consent dates. */
function today(): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}
