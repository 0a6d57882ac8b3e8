import { error } from '@sveltejs/kit';
import { getLogo } from '$lib/server/partners/logo-store';
import { findOrganizationBySlug } from '$lib/server/partners/profile-queries';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// A published partner's logo; always the server's own re-encoding, never the uploaded bytes.
export const GET: RequestHandler = async ({ params, request }) => {
	const { db } = getRuntime();
	const organization = await findOrganizationBySlug(db, params.slug);
	const logo = organization ? await getLogo(db, organization.id, { publishedOnly: true }) : null;
	if (!logo) error(404, 'Kein Logo vorhanden');
	const etag = `"${logo.updatedAt}"`;
	const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300' };
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(Buffer.from(logo.image), { headers: { ...headers, 'Content-Type': logo.contentType } });
};
