import { fail } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { decideClaim, listClaimRequests } from '$lib/server/freshness/claims';
import { listStaleEntries, sendFreshnessReminders } from '$lib/server/freshness/reminders';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [entries, claims] = await Promise.all([listStaleEntries(db), listClaimRequests(db)]);
	return {
		entries: entries.map(({ recipients, email: _, ...entry }) => ({ ...entry, reachable: recipients.length > 0 })),
		claims
	};
};

export const actions = {
	erinnern: async (event) => {
		requireCoordinator(event);
		const report = await sendFreshnessReminders(getRuntime().db, { origin: getRuntime().config.origin });
		return { report };
	},

	// Confirming a claim invites the person as the entry's admin; declining only closes the request.
	uebernahme: async (event) => {
		const coordinator = requireCoordinator(event);
		const form = await event.request.formData();
		const id = String(form.get('claimId') ?? '');
		const decision = String(form.get('entscheidung') ?? '');
		if (!/^\d{1,9}$/.test(id) || !['annehmen', 'ablehnen'].includes(decision)) {
			return fail(400, { claimError: 'Bitte entscheiden Sie über eine Anfrage aus der Liste.' });
		}
		const accept = decision === 'annehmen';
		const done = await decideClaim(
			getRuntime().db,
			Number(id),
			{ accept, coordinatorId: coordinator.id },
			{ origin: getRuntime().config.origin }
		);
		if (!done) return fail(400, { claimError: 'Über diese Anfrage wurde schon entschieden.' });
		return { claimDecided: accept ? 'accepted' : 'declined' };
	}
} satisfies Actions;
