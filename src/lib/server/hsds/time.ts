/** HSDS datetimes without milliseconds: Frictionless refuses `…:45.123Z`. */
export function hsdsDateTime(stored: string): string {
	return stored.replace(/\.\d+Z$/, 'Z');
}

/** The `modified_after` filter in the form our timestamps are stored in; null when unreadable. */
export function parseModifiedAfter(raw: string | null): string | null | undefined {
	if (raw === null || raw === '') return undefined;
	const time = Date.parse(raw);
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}
