import { formText } from '../forms';
import { isPdf } from '$lib/validation/file-types';
import { tooLongMessage } from '$lib/validation/length';

// The upload form of a security-analysis report: title, year and a PDF of at most 10 MB.

export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export interface ReportFormValues {
	title: string;
	year: string;
}

export type ReportFormErrors = Partial<Record<keyof ReportFormValues | 'file', string>>;

export type ReportFormParse =
	| { ok: true; values: ReportFormValues; year: number; data: Uint8Array }
	| { ok: false; values: ReportFormValues; errors: ReportFormErrors };

export async function parseReportForm(form: FormData, today = new Date()): Promise<ReportFormParse> {
	const values: ReportFormValues = { title: formText(form, 'title').trim(), year: formText(form, 'year').trim() };
	const errors: ReportFormErrors = {};
	if (values.title.length < 3) errors.title = 'Bitte geben Sie einen Titel mit mindestens 3 Zeichen an.';
	else if (values.title.length > 160) errors.title = tooLongMessage('Der Titel', 160, values.title.length);
	const year = Number(values.year);
	if (!/^\d{4}$/.test(values.year) || year < 2000 || year > today.getFullYear() + 1) {
		errors.year = `Bitte geben Sie das Jahr vierstellig an, zum Beispiel ${today.getFullYear()}.`;
	}
	const file = form.get('file');
	let data: Uint8Array | null = null;
	if (!(file instanceof File) || file.size === 0) errors.file = 'Bitte wählen Sie die PDF-Datei des Berichts aus.';
	else if (file.size > MAX_REPORT_BYTES)
		errors.file = 'Die Datei ist größer als 10 MB. Bitte verkleinern Sie das PDF.';
	else {
		data = new Uint8Array(await file.arrayBuffer());
		if (!isPdf(data)) errors.file = 'Die Datei ist kein PDF. Bitte laden Sie den Bericht als PDF hoch.';
	}
	if (Object.keys(errors).length > 0 || !data) return { ok: false, values, errors };
	return { ok: true, values, year, data };
}
