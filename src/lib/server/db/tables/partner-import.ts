import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
type Counter = ColumnType<number, number | undefined, number>;

export type ImportJobStatus = 'preview' | 'running' | 'done';

/** An uploaded partner list: previewed, then imported in chunks in the background. */
export interface PartnerImportJobTable {
	id: Generated<number>;
	created_by: number;
	file_name: string;
	content: Uint8Array;
	status: ColumnType<ImportJobStatus, ImportJobStatus | undefined, ImportJobStatus>;
	/** JSON: the confirmed steps (src/lib/server/partner-import/jobs.ts, ImportStep[]). */
	plan: string | null;
	processed: Counter;
	created: Counter;
	updated: Counter;
	created_at: Timestamp;
	finished_at: string | null;
}

export interface PartnerImportTables {
	partner_import_jobs: PartnerImportJobTable;
}
