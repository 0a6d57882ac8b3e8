import { error } from '@sveltejs/kit';
import { getPublicContactPhoto } from '$lib/server/police/photo-store';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// A partner's contact portrait, only while the person consents to publication; the server's own WebP.
export const GET: RequestHandler = async ({ params, request }) => {
	const photo = await getPublicContactPhoto(getRuntime().db, params.slug);
	if (!photo) error(404, 'Kein Foto vorhanden');
	const etag = `"${photo.updatedAt}"`;
	// Short and revalidated: a withdrawn consent must take the photo down soon.
	const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60, must-revalidate' };
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(Buffer.from(photo.image), { headers: { ...headers, 'Content-Type': photo.contentType } });
};
