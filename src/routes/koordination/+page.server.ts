import { listPendingInvitations } from '$lib/server/accounts/pending-invitations';
import { requireCoordinator } from '$lib/server/auth/guards';
import { countOpenWork, listUnfilledLegalPages } from '$lib/server/coordination/open-work';
import { listOrganizations } from '$lib/server/coordination/organizations';
import { listStaleEntries } from '$lib/server/freshness/reminders';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [organizations, invitations, stale, counts, legalPages] = await Promise.all([
		listOrganizations(db),
		listPendingInvitations(db),
		listStaleEntries(db),
		countOpenWork(db),
		listUnfilledLegalPages(db)
	]);
	return {
		organizations,
		invitations,
		openWork: {
			...counts,
			reminder: stale.filter((e) => e.freshness === 'reminder').length,
			flagged: stale.filter((e) => e.freshness === 'flagged').length,
			legalPages: legalPages.map((page) => ({
				slug: page.slug,
				title: page.title,
				count: page.placeholders.length
			}))
		}
	};
};
