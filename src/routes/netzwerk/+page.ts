import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import type { DirectoryResult } from '$lib/directory/types';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageLoad } from './$types';
import { takeTypingNavigation } from './live-search';

// Universal load: the server renders through /api/suche in-process, and the instant search in the
// browser asks the same endpoint directly, so both always show the same answer.
export const load: PageLoad = async ({ url, fetch }) => {
	const params = new URLSearchParams(url.search);
	params.set('lang', getLocale());
	if (browser && takeTypingNavigation()) params.set('live', '1');
	const response = await fetch(`/api/suche?${params}`);
	if (!response.ok) error(response.status, m.directory_search_unavailable());
	return { result: (await response.json()) as DirectoryResult };
};
