import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { isReference } from '$lib/server/contact/reference';
import type { PageServerLoad } from './$types';

// The confirmation shows only the reference from its own URL: nothing of the message is readable here.
export const load: PageServerLoad = ({ url }) => {
	const reference = url.searchParams.get('nummer') ?? '';
	if (!isReference(reference)) redirect(303, localizeHref('/kontakt'));
	return { reference };
};
