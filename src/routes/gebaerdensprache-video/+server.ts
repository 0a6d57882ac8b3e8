import { error } from '@sveltejs/kit';
import { parseByteRange } from '$lib/server/pages/byte-range';
import { getVideoInfo, readVideoBytes } from '$lib/server/pages/sign-language-video';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// One answer carries at most this much: a player asking for "bytes=0-" gets the first piece and
// asks for the next, so a request never holds the whole video in memory.
const MAX_PIECE_BYTES = 2 * 1024 * 1024;

// The start page's video in German Sign Language, in pieces when the player asks for a range.
export const GET: RequestHandler = async ({ request }) => {
	const db = getRuntime().db;
	const video = await getVideoInfo(db);
	if (!video) error(404, 'Kein Video vorhanden');
	const size = video.size;
	const headers = {
		'Content-Type': video.contentType,
		'Accept-Ranges': 'bytes',
		'Cache-Control': 'public, max-age=300'
	};
	const range = parseByteRange(request.headers.get('range'), size);
	if (range === 'unsatisfiable')
		return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
	if (!range) {
		const whole = await readVideoBytes(db, { start: 0, end: size - 1 });
		if (!whole) error(404, 'Kein Video vorhanden');
		return new Response(Buffer.from(whole), { headers: { ...headers, 'Content-Length': String(size) } });
	}
	const end = Math.min(range.end, range.start + MAX_PIECE_BYTES - 1);
	const part = await readVideoBytes(db, { start: range.start, end });
	if (!part) error(404, 'Kein Video vorhanden');
	return new Response(Buffer.from(part), {
		status: 206,
		headers: {
			...headers,
			'Content-Length': String(part.byteLength),
			'Content-Range': `bytes ${range.start}-${end}/${size}`
		}
	});
};
