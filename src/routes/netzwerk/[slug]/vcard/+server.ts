import { error } from '@sveltejs/kit';
import { getPublicPartnerBySlug } from '$lib/server/partners/queries';
import { localizeHref } from '$lib/paraglide/runtime';
import { buildPartnerVCard, vcardFileName } from '$lib/server/partners/vcard';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const partner = await getPublicPartnerBySlug(getRuntime().db, params.slug);
	if (!partner) error(404, 'Partner nicht gefunden');
	const profileUrl = new URL(localizeHref(`/netzwerk/${partner.slug}`), url).href;
	return new Response(buildPartnerVCard(partner, profileUrl), {
		headers: {
			'content-type': 'text/vcard; charset=utf-8',
			'content-disposition': `attachment; filename="${vcardFileName(partner.slug)}"`,
			'cache-control': 'no-cache'
		}
	});
};
