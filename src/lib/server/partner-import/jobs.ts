import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../partners/service';
import { applyStep, type ImportStep } from './apply';
import { berlinToday, prepareImport } from './page-data';

/** Steps per chunk; between chunks the server answers other requests and the progress is saved. */
const CHUNK = 25;

/** Uploaded lists hold names and addresses of people; they are kept only this long. */
export const KEEP_IMPORT_DAYS = 30;

/** Keeps the upload for its preview; forgets uploads older than KEEP_IMPORT_DAYS that are not running. */
export async function createImportJob(
	db: Kysely<Database>,
	userId: number,
	fileName: string,
	content: Uint8Array,
	now = new Date()
): Promise<number> {
	await db
		.deleteFrom('partner_import_jobs')
		.where('status', '!=', 'running')
		.where('created_at', '<', new Date(now.getTime() - KEEP_IMPORT_DAYS * 24 * 60 * 60 * 1000).toISOString())
		.execute();
	const { id } = await db
		.insertInto('partner_import_jobs')
		.values({ created_by: userId, file_name: fileName, content })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function loadImportJob(db: Kysely<Database>, id: number) {
	return db
		.selectFrom('partner_import_jobs')
		.select(['id', 'created_by', 'file_name', 'status', 'plan', 'processed', 'created', 'updated'])
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function loadImportFile(db: Kysely<Database>, id: number): Promise<Uint8Array | null> {
	const row = await db.selectFrom('partner_import_jobs').select('content').where('id', '=', id).executeTakeFirst();
	return row ? new Uint8Array(row.content) : null;
}

/** Confirms the preview; false when the job was already started (a second click, a second tab). */
export async function startImportJob(db: Kysely<Database>, id: number, plan: ImportStep[]): Promise<boolean> {
	const result = await db
		.updateTable('partner_import_jobs')
		.set({ status: 'running', plan: JSON.stringify(plan) })
		.where('id', '=', id)
		.where('status', '=', 'preview')
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

// Jobs this process is working on; a job left running by a stopped server is resumed by the next
// look at its page, from the last saved chunk.
const active = new Set<number>();

/** Runs a started job in the background of this process, if nothing here runs it yet. */
export function ensureImportRunning(db: Kysely<Database>, id: number, actor: Actor): void {
	if (active.has(id)) return;
	active.add(id);
	runImportJob(db, id, actor)
		.catch((error) => console.error(`Partner import ${id} stopped:`, error))
		.finally(() => active.delete(id));
}

/** Works through the plan in chunks, saving the progress after each; resumes where it stopped. */
export async function runImportJob(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
	const job = await loadImportJob(db, id);
	const content = await loadImportFile(db, id);
	if (!job || job.status !== 'running' || !job.plan || !content) return;
	const plan = JSON.parse(job.plan) as ImportStep[];
	const preview = await prepareImport(db, content, berlinToday());
	const lines = new Map(preview.ok ? preview.lines.map((l) => [l.line, l]) : []);
	let { processed, created, updated } = job;
	while (processed < plan.length) {
		for (const step of plan.slice(processed, processed + CHUNK)) {
			// A partner created by an earlier, interrupted run is now "already there": not created twice.
			const line = lines.get(step.line);
			const outcome = line?.kind === 'match' && 'create' in step ? null : await applyStep(db, step, line, actor);
			if (outcome === 'created') created++;
			if (outcome === 'updated') updated++;
			processed++;
		}
		await db.updateTable('partner_import_jobs').set({ processed, created, updated }).where('id', '=', id).execute();
		await new Promise((resolve) => setImmediate(resolve));
	}
	await db
		.updateTable('partner_import_jobs')
		.set({ status: 'done', finished_at: new Date().toISOString() })
		.where('id', '=', id)
		.execute();
}
