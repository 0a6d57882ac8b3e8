import { listOfficers } from '$lib/server/police/officers';
import { getPoliceStation } from '$lib/server/police/station';
import { answerStreetQuery } from '$lib/server/police/street-query';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { db } = getRuntime();
	const [officers, station, query] = await Promise.all([
		listOfficers(db),
		getPoliceStation(db),
		answerStreetQuery(db, url.searchParams, 'buergerpolizei')
	]);
	return { officers, station, query };
};
