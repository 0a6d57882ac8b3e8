import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { parseReportForm } from '$lib/server/pages/report-form';
import { deleteReport, listReports, saveReport } from '$lib/server/pages/reports';
import { getRuntime } from '$lib/server/runtime';
import { noticeFromUrl } from '../url-notice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		reports: await listReports(getRuntime().db),
		notice: noticeFromUrl(event.url, { hochgeladen: 'uploaded', geloescht: 'deleted' })
	};
};

export const actions = {
	hochladen: async (event) => {
		const coordinator = requireCoordinator(event);
		const result = await parseReportForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		await saveReport(
			getRuntime().db,
			{ title: result.values.title, year: result.year, data: result.data },
			coordinator.id
		);
		redirect(303, '/koordination/seiten/berichte?hochgeladen');
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const form = await event.request.formData();
		const reportId = Number(form.get('reportId'));
		if (!Number.isInteger(reportId)) error(404, 'Diesen Bericht gibt es nicht.');
		if (form.get('bestaetigt') !== 'ja') {
			return fail(400, {
				reportId,
				confirmError: 'Bitte bestätigen Sie, dass der Bericht gelöscht werden soll.'
			});
		}
		if (!(await deleteReport(getRuntime().db, reportId))) error(404, 'Diesen Bericht gibt es nicht.');
		redirect(303, '/koordination/seiten/berichte?geloescht');
	}
} satisfies Actions;
