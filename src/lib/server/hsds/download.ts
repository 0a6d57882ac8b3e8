import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ExportSettings } from './context';
import { buildDatapackageZip, type OpenDataLicense } from './datapackage';
import { loadExportVersion } from './queries';
import { hsdsDateTime } from './time';

export interface OpenDataVersion {
	etag: string;
	/** The newest change among the partners; null while there are none. */
	lastModified: string | null;
}

/** Changes with every partner save, (un)publication and with the licence or the public URL. */
export async function openDataVersion(
	db: Kysely<Database>,
	settings: ExportSettings,
	license: OpenDataLicense
): Promise<OpenDataVersion> {
	const version = await loadExportVersion(db);
	const hash = createHash('sha256')
		.update(JSON.stringify([version, settings, license]))
		.digest('base64url')
		.slice(0, 27);
	return { etag: `"${hash}"`, lastModified: version.lastModified && hsdsDateTime(version.lastModified) };
}

// The last zip built; it is rebuilt only when the data changed.
let cached: { etag: string; zip: Uint8Array } | null = null;

export async function datapackageFor(
	db: Kysely<Database>,
	settings: ExportSettings,
	license: OpenDataLicense,
	version: OpenDataVersion
): Promise<Uint8Array> {
	if (cached?.etag !== version.etag)
		cached = { etag: version.etag, zip: await buildDatapackageZip(db, settings, license) };
	return cached.zip;
}

/** True when the client's copy (If-None-Match, else If-Modified-Since) is still the current one. */
export function isFresh(request: Request, version: OpenDataVersion): boolean {
	const match = request.headers.get('if-none-match');
	if (match !== null) return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === version.etag);
	const since = Date.parse(request.headers.get('if-modified-since') ?? '');
	return version.lastModified !== null && !Number.isNaN(since) && Date.parse(version.lastModified) <= since;
}

export function cacheHeaders(version: OpenDataVersion): Record<string, string> {
	return {
		etag: version.etag,
		'cache-control': 'public, max-age=300, must-revalidate',
		...(version.lastModified ? { 'last-modified': new Date(version.lastModified).toUTCString() } : {})
	};
}
