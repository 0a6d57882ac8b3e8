import { requireCoordinator } from '$lib/server/auth/guards';
import { pageCount, readPage } from '$lib/server/brokering/paging';
import { listOpenProposals } from '$lib/server/brokering/proposals';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 30;

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const page = readPage(event.url);
	const { proposals, total } = await listOpenProposals(getRuntime().db, {
		limit: PAGE_SIZE,
		offset: (page - 1) * PAGE_SIZE
	});
	return { proposals, total, page, totalPages: pageCount(total, PAGE_SIZE) };
};
