import { cacheHeaders, datapackageFor, isFresh, openDataVersion } from '$lib/server/hsds/download';
import { exportSettings } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The published directory as an Open Referral HSDS 3.0 datapackage; public, revalidated by ETag. */
export const GET: RequestHandler = async (event) => {
	const { db, config } = getRuntime();
	const settings = exportSettings();
	const version = await openDataVersion(db, settings, config.openDataLicense);
	if (isFresh(event.request, version)) return new Response(null, { status: 304, headers: cacheHeaders(version) });
	const zip = await datapackageFor(db, settings, config.openDataLicense, version);
	return new Response(zip as Uint8Array<ArrayBuffer>, {
		headers: {
			...cacheHeaders(version),
			'content-type': 'application/zip',
			'content-disposition': 'attachment; filename="partnernetzwerk-hsds.zip"'
		}
	});
};
