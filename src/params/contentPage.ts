import type { ParamMatcher } from '@sveltejs/kit';
import { isPageSlug } from '$lib/pages/slugs';

// /impressum, /datenschutz, …: the pages that are nothing but their text. /sicherheitsanalyse has a
// route of its own, which SvelteKit prefers to this parameter.
export const match: ParamMatcher = (param) => isPageSlug(param);
