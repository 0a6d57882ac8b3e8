import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** A field of action (Handlungsfeld) of the security analysis; proposals and working groups link to one. */
export interface ActionFieldTable {
	id: Generated<number>;
	slug: string;
	title: string;
	/** Markdown. */
	summary: ColumnType<string, string | undefined, string>;
	/** Markdown: what has been done so far, shown on the public progress view. */
	progress_note: ColumnType<string, string | undefined, string>;
	position: ColumnType<number, number | undefined, number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface ActionFieldTables {
	action_fields: ActionFieldTable;
}
