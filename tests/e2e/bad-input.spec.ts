import { test, expect } from '@playwright/test';

// Whatever arrives in the URL, a citizen gets an answer, never a server error.
const hostileQueries = [
	'q=' + 'Polizei '.repeat(200),
	'kategorie=gibt-es-nicht&thema=%3Cscript%3E',
	'seite=-5',
	'seite=abc',
	'sort=drop%20table',
	'q=%00%01%02',
	'barrierefrei=vielleicht&sprache=' + 'x'.repeat(5000)
];

for (const query of hostileQueries) {
	test(`/api/suche and /netzwerk answer "${query.slice(0, 40)}" without an error`, async ({ request }) => {
		const api = await request.get(`/api/suche?${query}`);
		expect(api.status()).toBe(200);
		const result = await api.json();
		expect(result.query.q.length).toBeLessThanOrEqual(200);
		expect(result.page).toBeGreaterThanOrEqual(1);
		const page = await request.get(`/netzwerk?${query}`);
		expect(page.status()).toBe(200);
	});
}

test('a page beyond the last shows the last page', async ({ request }) => {
	const first = await (await request.get('/api/suche')).json();
	const beyond = await (await request.get('/api/suche?seite=9999')).json();
	expect(beyond.page).toBe(first.totalPages);
	expect(beyond.hits.length).toBeGreaterThan(0);
});

test('unknown filter values are ignored rather than emptying the list', async ({ request }) => {
	const all = await (await request.get('/api/suche')).json();
	const unknown = await (await request.get('/api/suche?kategorie=gibt-es-nicht')).json();
	expect(unknown.total).toBe(all.total);
});

test('/healthz reports the database, Meilisearch and the outbox backlog', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toContain('no-store');
	expect(await response.json()).toEqual({ status: 'ok', database: 'ok', meilisearch: 'reachable', outboxBacklog: 0 });
});
