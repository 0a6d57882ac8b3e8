import { fail } from '@sveltejs/kit';
import {
	acceptApplication,
	ApplicationNotPendingError,
	declineApplication,
	listApplications
} from '$lib/server/applications/applications';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listTerms } from '$lib/server/partners/queries';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const ALREADY_DECIDED = 'Über diese Anfrage wurde bereits entschieden.';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [applications, categories] = await Promise.all([listApplications(db), listTerms(db, 'category')]);
	return { applications, categories };
};

export const actions = {
	annehmen: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const form = await event.request.formData();
		const applicationId = Number(form.get('applicationId'));
		const category = String(form.get('category') ?? '');
		const categories = (await listTerms(db, 'category')).map((t) => t.code);
		if (!categories.includes(category)) {
			return fail(400, {
				applicationId,
				categoryError: 'Bitte wählen Sie eine Kategorie für die neue Organisation.'
			});
		}
		try {
			const { slug } = await acceptApplication(
				db,
				{ applicationId, category, coordinatorId: coordinator.id },
				{ origin: getRuntime().config.origin }
			);
			return { accepted: slug };
		} catch (error) {
			if (error instanceof ApplicationNotPendingError)
				return fail(409, { applicationId, message: ALREADY_DECIDED });
			throw error;
		}
	},
	ablehnen: async (event) => {
		const coordinator = requireCoordinator(event);
		const form = await event.request.formData();
		const applicationId = Number(form.get('applicationId'));
		const message = String(form.get('message') ?? '').trim();
		if (message.length < 10) {
			return fail(400, {
				applicationId,
				declineValue: message,
				declineError:
					'Bitte schreiben Sie der anfragenden Organisation in mindestens 10 Zeichen, warum Sie ablehnen.'
			});
		}
		try {
			await declineApplication(getRuntime().db, { applicationId, message, coordinatorId: coordinator.id });
			return { declined: true };
		} catch (error) {
			if (error instanceof ApplicationNotPendingError)
				return fail(409, { applicationId, message: ALREADY_DECIDED });
			throw error;
		}
	}
} satisfies Actions;
