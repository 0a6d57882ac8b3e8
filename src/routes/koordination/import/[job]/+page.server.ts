import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { planImport } from '$lib/server/partner-import/apply';
import { ensureImportRunning, loadImportFile, loadImportJob, startImportJob } from '$lib/server/partner-import/jobs';
import { berlinToday, prepareImport, shownPreview } from '$lib/server/partner-import/page-data';
import { readChoices } from '$lib/server/partner-import/upload';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function requireJob(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const id = Number(event.params.job);
	const job = Number.isSafeInteger(id) ? await loadImportJob(getRuntime().db, id) : undefined;
	if (!job) error(404, 'Diesen Import gibt es nicht.');
	return job;
}

async function previewOf(id: number) {
	const { db } = getRuntime();
	const content = await loadImportFile(db, id);
	const preview = await prepareImport(db, content ?? new Uint8Array(), berlinToday());
	if (!preview.ok) error(400, preview.message);
	return preview.lines;
}

export const load: PageServerLoad = async (event) => {
	const user = requireCoordinator(event);
	const job = await requireJob(event);
	// A job left running by a restarted server goes on from its last saved chunk.
	if (job.status === 'running') ensureImportRunning(getRuntime().db, job.id, { userId: user.id });
	const total = job.plan ? (JSON.parse(job.plan) as unknown[]).length : 0;
	return {
		job: { ...job, plan: undefined, total },
		preview: job.status === 'preview' ? shownPreview(await previewOf(job.id)) : null
	};
};

export const actions = {
	// Step 2: new lines become drafts; known partners take only the fields chosen one by one.
	importieren: async (event) => {
		const user = requireCoordinator(event);
		const job = await requireJob(event);
		if (job.status !== 'preview') redirect(303, `/koordination/import/${job.id}`);
		const plan = planImport(await previewOf(job.id), readChoices(await event.request.formData()));
		if (plan.length === 0) {
			return fail(400, {
				message:
					'Es gibt nichts zu importieren: keine neuen Partner und bei den bekannten kein Feld auf „neuen Wert übernehmen“.'
			});
		}
		const { db } = getRuntime();
		if (await startImportJob(db, job.id, plan)) ensureImportRunning(db, job.id, { userId: user.id });
		redirect(303, `/koordination/import/${job.id}`);
	}
} satisfies Actions;
