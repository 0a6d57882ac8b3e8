import { requireEventSubmitter } from '$lib/server/news/partner-access';
import { listOrganizationEvents } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { organizations } = await requireEventSubmitter(event, db);
	const events = await listOrganizationEvents(
		db,
		organizations.map((o) => o.organizationId)
	);
	return {
		hasOrganization: organizations.length > 0,
		events: events.map((e) => ({
			id: e.id,
			slug: e.slug,
			title: e.title,
			status: e.status,
			startsAt: e.startsAt,
			endsAt: e.endsAt,
			organizationName: e.organizationName,
			declineReason: e.declineReason
		})),
		notice: event.url.searchParams.get('hinweis')
	};
};
