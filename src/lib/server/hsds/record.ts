export type HsdsRecord = Record<string, unknown>;

/** HSDS fields are optional but never null: leave out what we do not know. */
export function compact(record: HsdsRecord): HsdsRecord {
	return Object.fromEntries(
		Object.entries(record).filter(([, value]) => value !== null && value !== undefined && value !== '')
	);
}
