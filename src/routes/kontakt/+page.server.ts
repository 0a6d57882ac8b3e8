import { contactFormPageData } from '$lib/server/contact/form-page';
import { sendContactForm } from '$lib/server/contact/public-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => contactFormPageData();

export const actions = {
	default: (event) => sendContactForm(event, 'kontakt')
} satisfies Actions;
