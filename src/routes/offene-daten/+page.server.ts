import { openDataVersion } from '$lib/server/hsds/download';
import { exportSettings } from '$lib/server/hsds/respond';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db, config } = getRuntime();
	const settings = exportSettings();
	const version = await openDataVersion(db, settings, config.openDataLicense);
	return {
		license: config.openDataLicense,
		lastModified: version.lastModified,
		apiUrl: `${settings.origin}/api/hsds`
	};
};
