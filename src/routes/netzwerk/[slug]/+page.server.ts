import { error } from '@sveltejs/kit';
import { buildPartnerJsonLd, jsonLdScript } from '$lib/server/partners/json-ld';
import { hasLogo } from '$lib/server/partners/logo-store';
import { loadPartnerAreas } from '$lib/server/police/partner-areas';
import { getPublicPartnerBySlug } from '$lib/server/partners/queries';
import { getRuntime } from '$lib/server/runtime';
import { formatDate } from '$lib/i18n/locale';
import { profileHours } from '$lib/opening-hours-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { db } = getRuntime();
	const partner = await getPublicPartnerBySlug(db, params.slug);
	if (!partner) error(404, 'Partner nicht gefunden');
	const profileUrl = new URL(`/netzwerk/${partner.slug}`, url).href;
	const now = new Date();
	return {
		partner,
		hasLogo: await hasLogo(db, partner.id),
		areas: await loadPartnerAreas(db, partner.id, url.searchParams),
		jsonLdScript: jsonLdScript(buildPartnerJsonLd(partner, profileUrl)),
		// Dates and hours as text: the browser hydrates without formatting them (see opening-hours-view.ts).
		verifiedOn: partner.verifiedAt ? formatDate(partner.verifiedAt) : null,
		hours: profileHours(partner.schedules, partner.closures, now),
		now: now.toISOString()
	};
};
