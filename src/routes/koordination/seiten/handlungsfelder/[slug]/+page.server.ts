import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { parseActionFieldForm } from '$lib/server/pages/action-field-form';
import { deleteActionField, getActionFieldBySlug, updateActionField } from '$lib/server/pages/action-fields';
import { getRuntime } from '$lib/server/runtime';
import { noticeFromUrl } from '../../url-notice';
import type { Actions, PageServerLoad } from './$types';

async function findField(slug: string) {
	const field = await getActionFieldBySlug(getRuntime().db, slug);
	if (!field) error(404, 'Dieses Handlungsfeld gibt es nicht.');
	return field;
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const field = await findField(event.params.slug);
	return {
		field: { slug: field.slug, title: field.title },
		values: {
			title: field.title,
			summary: field.summary,
			progressNote: field.progressNote,
			position: String(field.position)
		},
		notice: noticeFromUrl(event.url, { angelegt: 'created', gespeichert: 'saved' })
	};
};

export const actions = {
	speichern: async (event) => {
		requireCoordinator(event);
		const field = await findField(event.params.slug);
		const result = parseActionFieldForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		await updateActionField(getRuntime().db, field.id, result.input);
		redirect(303, `/koordination/seiten/handlungsfelder/${field.slug}?gespeichert`);
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const field = await findField(event.params.slug);
		if ((await event.request.formData()).get('bestaetigt') !== 'ja') {
			return fail(400, { confirmError: 'Bitte bestätigen Sie, dass das Handlungsfeld gelöscht werden soll.' });
		}
		await deleteActionField(getRuntime().db, field.id);
		redirect(303, '/koordination/seiten/handlungsfelder?geloescht');
	}
} satisfies Actions;
