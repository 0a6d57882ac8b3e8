import { test as setup, expect } from '@playwright/test';
import { E2E_STACKS } from './environment';

// The demo data reaches Meilisearch through the outbox; the tests start once it has all arrived, on every stack.
for (const stack of E2E_STACKS) {
	setup(`the search index of ${stack.origin} has caught up with the database`, async ({ request }) => {
		await expect
			.poll(
				async () => {
					const response = await request.get(`${stack.origin}/healthz`);
					const health = await response.json();
					return health.meilisearch === 'reachable' && health.outboxBacklog === 0;
				},
				{ timeout: 120_000, intervals: [250] }
			)
			.toBe(true);
	});
}
