import { error } from '@sveltejs/kit';
import { buildPartnerJsonLd, serializeJsonLd } from '$lib/server/partners/json-ld';
import { getPublicPartnerBySlug } from '$lib/server/partners/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const partner = await getPublicPartnerBySlug(getRuntime().db, params.slug);
	if (!partner) error(404, 'Partner nicht gefunden');
	const profileUrl = new URL(`/netzwerk/${partner.slug}`, url).href;
	return {
		partner,
		jsonLd: serializeJsonLd(buildPartnerJsonLd(partner, profileUrl)),
		// Server and browser compute "jetzt geöffnet" from the same moment, so hydration agrees.
		now: new Date().toISOString()
	};
};
