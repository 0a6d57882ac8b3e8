import { listApplications } from '$lib/server/applications/applications';
import { listPendingInvitations } from '$lib/server/accounts/pending-invitations';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listOrganizations } from '$lib/server/coordination/organizations';
import { listStaleEntries } from '$lib/server/freshness/reminders';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [organizations, applications, invitations, stale] = await Promise.all([
		listOrganizations(db),
		listApplications(db),
		listPendingInvitations(db),
		listStaleEntries(db)
	]);
	return {
		organizations,
		openApplications: applications.filter((a) => a.status === 'pending').length,
		invitations,
		stale: {
			reminder: stale.filter((e) => e.freshness === 'reminder').length,
			flagged: stale.filter((e) => e.freshness === 'flagged').length
		}
	};
};
