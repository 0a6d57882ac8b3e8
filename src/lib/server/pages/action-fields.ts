import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export interface ActionField {
	id: number;
	slug: string;
	title: string;
	/** Markdown. */
	summary: string;
	/** Markdown. */
	progressNote: string;
	position: number;
	updatedAt: string;
}

export interface ActionFieldInput {
	title: string;
	summary: string;
	progressNote: string;
	position: number;
}

const COLUMNS = [
	'id',
	'slug',
	'title',
	'summary',
	'progress_note as progressNote',
	'position',
	'updated_at as updatedAt'
] as const;

/** In the order the coordinator set, then by title. */
export async function listActionFields(db: Kysely<Database>): Promise<ActionField[]> {
	return db.selectFrom('action_fields').select(COLUMNS).orderBy('position').orderBy('title').execute();
}

export async function getActionFieldBySlug(db: Kysely<Database>, slug: string): Promise<ActionField | null> {
	return (await db.selectFrom('action_fields').select(COLUMNS).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

/** Creates a field of action; its slug comes from the title and stays when the title changes later. */
export async function createActionField(db: Kysely<Database>, input: ActionFieldInput): Promise<string> {
	return writeTransaction(db, async (trx) => {
		const slug = await uniqueSlug(trx, input.title, { table: 'action_fields', fallback: 'handlungsfeld' });
		await trx
			.insertInto('action_fields')
			.values({
				slug,
				title: input.title,
				summary: input.summary,
				progress_note: input.progressNote,
				position: input.position
			})
			.execute();
		return slug;
	});
}

export async function updateActionField(db: Kysely<Database>, id: number, input: ActionFieldInput): Promise<void> {
	await writeTransaction(db, (trx) =>
		trx
			.updateTable('action_fields')
			.set({
				title: input.title,
				summary: input.summary,
				progress_note: input.progressNote,
				position: input.position,
				updated_at: new Date().toISOString()
			})
			.where('id', '=', id)
			.execute()
	);
}

export async function deleteActionField(db: Kysely<Database>, id: number): Promise<void> {
	await writeTransaction(db, (trx) => trx.deleteFrom('action_fields').where('id', '=', id).execute());
}
