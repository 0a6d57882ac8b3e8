import { requireCoordinator } from '$lib/server/auth/guards';
import { BOARD_PAGE_SIZE, loadBoard } from '$lib/server/brokering/board';
import { boardQuery, parseBoardFilters } from '$lib/server/brokering/board-filters';
import { pageCount } from '$lib/server/brokering/paging';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const filters = parseBoardFilters(event.url);
	const board = await loadBoard(getRuntime().db, filters);
	const totalPages = pageCount(board.totalMatches, BOARD_PAGE_SIZE);
	const pageLinks = Array.from({ length: totalPages }, (_, i) => boardQuery(filters, i + 1) || '?');
	return { filters, board, totalPages, pageLinks };
};
