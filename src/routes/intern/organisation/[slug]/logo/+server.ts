import { error } from '@sveltejs/kit';
import { requireOrganizationAccess } from '$lib/server/partners/organization-access';
import { getLogo } from '$lib/server/partners/logo-store';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// The logo as its editors see it, also while the entry is a draft.
export const GET: RequestHandler = async (event) => {
	const { db } = getRuntime();
	const { organization } = await requireOrganizationAccess(event, db, event.params.slug);
	const logo = await getLogo(db, organization.id, { publishedOnly: false });
	if (!logo) error(404, 'Kein Logo vorhanden');
	return new Response(Buffer.from(logo.image), {
		headers: { 'Content-Type': logo.contentType, 'Cache-Control': 'private, no-store' }
	});
};
