import { PAGE_SLUGS } from '$lib/pages/slugs';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listActionFields } from '$lib/server/pages/action-fields';
import { getPage } from '$lib/server/pages/pages';
import { listReports } from '$lib/server/pages/reports';
import { getVideoInfo } from '$lib/server/pages/sign-language-video';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [pages, reports, actionFields, video] = await Promise.all([
		Promise.all(PAGE_SLUGS.map((slug) => getPage(db, slug))),
		listReports(db),
		listActionFields(db),
		getVideoInfo(db)
	]);
	return {
		pages: pages.map(({ slug, title, updatedAt }) => ({ slug, title, updatedAt })),
		reportCount: reports.length,
		actionFieldCount: actionFields.length,
		hasVideo: video !== null
	};
};
