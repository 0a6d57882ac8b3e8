import { test as setup, expect } from '@playwright/test';

// The demo data reaches Meilisearch through the outbox; the tests start once it has all arrived.
setup('the search index has caught up with the database', async ({ request }) => {
	await expect
		.poll(
			async () => {
				const response = await request.get('/healthz');
				const health = await response.json();
				return health.meilisearch === 'reachable' && health.outboxBacklog === 0;
			},
			{ timeout: 120_000, intervals: [250] }
		)
		.toBe(true);
});
