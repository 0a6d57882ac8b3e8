import { error } from '@sveltejs/kit';
import { hasLogo } from '$lib/server/partners/logo-store';
import { requireOrganizationAccess } from '$lib/server/partners/organization-access';
import { isTranslationLocale } from '$lib/partner-translations';
import { previewPartner } from '$lib/server/partners/preview';
import { loadPartnerInput } from '$lib/server/partners/profile-queries';
import { loadTermOptions } from '$lib/server/partners/profile-terms';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { organization } = await requireOrganizationAccess(event, db, event.params.slug);
	const profile = await loadPartnerInput(db, organization.id);
	if (!profile) error(404, 'Diese Organisation gibt es nicht mehr.');
	const now = new Date().toISOString();
	const language = event.url.searchParams.get('sprache') ?? '';
	return {
		partner: previewPartner(organization.id, profile, await loadTermOptions(db), now),
		// German unless a translation language is asked for; anything else shows the German page.
		locale: isTranslationLocale(language) ? language : 'de',
		status: organization.status,
		hasLogo: await hasLogo(db, organization.id),
		now
	};
};
