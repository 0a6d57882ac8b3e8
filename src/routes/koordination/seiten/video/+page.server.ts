import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { getVideoInfo, removeVideo, saveVideo } from '$lib/server/pages/sign-language-video';
import { parseVideoForm } from '$lib/server/pages/video-form';
import { getRuntime } from '$lib/server/runtime';
import { noticeFromUrl } from '../url-notice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		video: await getVideoInfo(getRuntime().db),
		notice: noticeFromUrl(event.url, { hochgeladen: 'uploaded', entfernt: 'removed' })
	};
};

export const actions = {
	hochladen: async (event) => {
		const coordinator = requireCoordinator(event);
		const result = await parseVideoForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		await saveVideo(
			getRuntime().db,
			{ contentType: result.contentType, data: result.data, transcript: result.values.transcript },
			coordinator.id
		);
		redirect(303, '/koordination/seiten/video?hochgeladen');
	},
	entfernen: async (event) => {
		requireCoordinator(event);
		if ((await event.request.formData()).get('bestaetigt') !== 'ja') {
			return fail(400, { confirmError: 'Bitte bestätigen Sie, dass das Video entfernt werden soll.' });
		}
		await removeVideo(getRuntime().db);
		redirect(303, '/koordination/seiten/video?entfernt');
	}
} satisfies Actions;
