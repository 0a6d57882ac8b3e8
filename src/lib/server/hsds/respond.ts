import { error, json } from '@sveltejs/kit';
import { getRuntime } from '../runtime';
import type { ExportSettings } from './context';
import type { ParseResult } from './paging';

const HEADERS = { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' };

export function exportSettings(): ExportSettings {
	const { config } = getRuntime();
	return { origin: config.origin, stateProvince: config.openDataState };
}

/** A list answer, or 400 with a German message when a parameter cannot be read. */
export function respondList(result: ParseResult<unknown>): Response {
	if (!result.ok) return json({ message: result.message }, { status: 400, headers: { 'cache-control': 'no-store' } });
	return json(result.value, { headers: HEADERS });
}

export function respondRecord(record: unknown): Response {
	if (!record) error(404, 'Diesen Eintrag gibt es in den offenen Daten nicht.');
	return json(record, { headers: HEADERS });
}
