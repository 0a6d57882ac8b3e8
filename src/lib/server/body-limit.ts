import type { Handle } from '@sveltejs/kit';
import { MAX_CSV_BYTES } from './areas/import-preview';
import { MAX_ATTACHMENT_BYTES } from './groups/attachments';
import { MAX_REPORT_BYTES } from './pages/report-form';
import { MAX_IMPORT_BYTES } from './partner-import/spreadsheet';
import { MAX_VIDEO_BYTES } from './pages/video-form';
import { MAX_LOGO_BYTES } from './partners/logo';

/** adapter-node's own default: enough for every form without a file. */
export const DEFAULT_BODY_LIMIT = 512 * 1024;

// The form fields around a file (CSRF-free SvelteKit forms carry only a few short texts) and the
// multipart boundaries fit in the default limit.
const withForm = (fileBytes: number) => fileBytes + DEFAULT_BODY_LIMIT;

/**
 * The routes that take a file upload and how large their request may be; every other route gets
 * the default. BODY_SIZE_LIMIT (adapter-node) must be at least the largest of these.
 */
export const UPLOAD_BODY_LIMITS: Readonly<Record<string, number>> = {
	'/intern/organisation/[slug]': withForm(MAX_LOGO_BYTES),
	'/koordination/gebiete/[id]': withForm(MAX_LOGO_BYTES),
	'/koordination/gebiete/[id]/import': withForm(MAX_CSV_BYTES),
	'/arbeitsgruppen/[group]/intern/termine/[meeting]': withForm(MAX_ATTACHMENT_BYTES),
	'/koordination/seiten/berichte': withForm(MAX_REPORT_BYTES),
	'/koordination/seiten/video': withForm(MAX_VIDEO_BYTES),
	'/koordination/import': withForm(MAX_IMPORT_BYTES)
};

/** The largest body any route accepts: what BODY_SIZE_LIMIT is set to. */
export const LARGEST_BODY_LIMIT = Math.max(...Object.values(UPLOAD_BODY_LIMITS));

export function bodyLimitFor(routeId: string | null): number {
	return (routeId && UPLOAD_BODY_LIMITS[routeId]) || DEFAULT_BODY_LIMIT;
}

/**
 * Refuses a body larger than its route allows before anything reads it: a 40 MB post to the login
 * form is answered 413 at once instead of being parsed. A body without a declared length (chunked)
 * is refused on routes without uploads; browsers always declare the length of a form.
 */
export const bodyLimitHandle: Handle = ({ event, resolve }) => {
	const { method, headers } = event.request;
	if (method === 'GET' || method === 'HEAD') return resolve(event);
	const limit = bodyLimitFor(event.route.id);
	const declared = headers.get('content-length');
	if (declared === null) {
		if (headers.has('transfer-encoding') && limit === DEFAULT_BODY_LIMIT)
			return refuse(411, 'Die Anfrage braucht eine Längenangabe (Content-Length).');
		return resolve(event);
	}
	if (Number(declared) > limit) {
		return refuse(413, `Die Anfrage ist zu groß: höchstens ${Math.floor(limit / 1024)} KB sind hier erlaubt.`);
	}
	return resolve(event);
};

// Closing the connection stops a client that keeps sending the rest of a refused body.
function refuse(status: number, message: string): Response {
	return new Response(message, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }
	});
}
