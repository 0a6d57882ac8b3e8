import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { createImportJob } from '$lib/server/partner-import/jobs';
import { berlinToday, prepareImport } from '$lib/server/partner-import/page-data';
import { readUploadedFile } from '$lib/server/partner-import/upload';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
};

export const actions = {
	// The file is kept for the preview page; nothing is imported yet.
	vorschau: async (event) => {
		const user = requireCoordinator(event);
		const upload = await readUploadedFile(await event.request.formData());
		if ('error' in upload) return fail(400, { uploadError: upload.error });
		const { db } = getRuntime();
		const preview = await prepareImport(db, upload.bytes, berlinToday());
		if (!preview.ok) return fail(400, { uploadError: preview.message });
		const id = await createImportJob(db, user.id, upload.name, upload.bytes);
		redirect(303, `/koordination/import/${id}`);
	}
} satisfies Actions;
