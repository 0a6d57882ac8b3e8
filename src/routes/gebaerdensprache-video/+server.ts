import { error } from '@sveltejs/kit';
import { parseByteRange } from '$lib/server/pages/byte-range';
import { getVideoFile } from '$lib/server/pages/sign-language-video';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// The start page's video in German Sign Language, in pieces when the player asks for a range.
export const GET: RequestHandler = async ({ request }) => {
	const video = await getVideoFile(getRuntime().db);
	if (!video) error(404, 'Kein Video vorhanden');
	const size = video.data.byteLength;
	const headers = { 'Content-Type': video.contentType, 'Accept-Ranges': 'bytes', 'Cache-Control': 'public, max-age=300' };
	const range = parseByteRange(request.headers.get('range'), size);
	if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
	if (!range) return new Response(Buffer.from(video.data), { headers: { ...headers, 'Content-Length': String(size) } });
	const part = video.data.subarray(range.start, range.end + 1);
	return new Response(Buffer.from(part), {
		status: 206,
		headers: { ...headers, 'Content-Length': String(part.byteLength), 'Content-Range': `bytes ${range.start}-${range.end}/${size}` }
	});
};
