import { error } from '@sveltejs/kit';
import { buildPartnerJsonLd, jsonLdScript } from '$lib/server/partners/json-ld';
import { hasLogo } from '$lib/server/partners/logo-store';
import { loadPartnerAreas } from '$lib/server/police/partner-areas';
import { getPublicPartnerBySlug } from '$lib/server/partners/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { db } = getRuntime();
	const partner = await getPublicPartnerBySlug(db, params.slug);
	if (!partner) error(404, 'Partner nicht gefunden');
	const profileUrl = new URL(`/netzwerk/${partner.slug}`, url).href;
	return {
		partner,
		hasLogo: await hasLogo(db, partner.id),
		areas: await loadPartnerAreas(db, partner.id, url.searchParams),
		jsonLdScript: jsonLdScript(buildPartnerJsonLd(partner, profileUrl)),
		// Server and browser compute "jetzt geöffnet" from the same moment, so hydration agrees.
		now: new Date().toISOString()
	};
};
