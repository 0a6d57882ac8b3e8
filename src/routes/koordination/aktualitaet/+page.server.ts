import { requireCoordinator } from '$lib/server/auth/guards';
import { listStaleEntries, sendFreshnessReminders } from '$lib/server/freshness/reminders';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const entries = await listStaleEntries(getRuntime().db);
	return { entries: entries.map(({ recipients, email: _, ...entry }) => ({ ...entry, reachable: recipients.length > 0 })) };
};

export const actions = {
	erinnern: async (event) => {
		requireCoordinator(event);
		const report = await sendFreshnessReminders(getRuntime().db, { origin: getRuntime().config.origin });
		return { report };
	}
} satisfies Actions;
