import { listActionFields } from '$lib/server/pages/action-fields';
import { getLocale } from '$lib/paraglide/runtime';
import { loadPublicPage } from '$lib/server/pages/public-view';
import { listReports } from '$lib/server/pages/reports';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { db } = getRuntime();
	const [page, reports, actionFields] = await Promise.all([
		loadPublicPage(db, 'sicherheitsanalyse', getLocale()),
		listReports(db),
		listActionFields(db)
	]);
	return {
		...page,
		reports: reports.map(({ id, title, year, size }) => ({ id, title, year, size })),
		actionFields: actionFields.map(({ slug, title }) => ({ slug, title }))
	};
};
