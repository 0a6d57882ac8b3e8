import { formText } from '../forms';
import { videoType, type VideoType } from '$lib/validation/file-types';
import { tooLongMessage } from '$lib/validation/length';

// The upload form of the start page's video in German Sign Language: an MP4 or WebM file and the
// text of what it says, which is shown with it for everyone who cannot watch it.

export const MAX_VIDEO_BYTES = 40 * 1024 * 1024;

export interface VideoFormValues {
	transcript: string;
}

export type VideoFormErrors = Partial<Record<keyof VideoFormValues | 'file', string>>;

export type VideoFormParse =
	| { ok: true; values: VideoFormValues; contentType: VideoType; data: Uint8Array }
	| { ok: false; values: VideoFormValues; errors: VideoFormErrors };

export async function parseVideoForm(form: FormData): Promise<VideoFormParse> {
	const values: VideoFormValues = { transcript: formText(form, 'transcript').trim() };
	const errors: VideoFormErrors = {};
	if (values.transcript.length < 20) {
		errors.transcript = 'Bitte schreiben Sie in mindestens 20 Zeichen, was im Video gesagt wird.';
	} else if (values.transcript.length > 10_000)
		errors.transcript = tooLongMessage('Der Text', 10_000, values.transcript.length);
	const file = form.get('file');
	let data: Uint8Array | null = null;
	let contentType: VideoType | null = null;
	if (!(file instanceof File) || file.size === 0) errors.file = 'Bitte wählen Sie die Videodatei aus.';
	else if (file.size > MAX_VIDEO_BYTES) errors.file = 'Das Video ist größer als 40 MB. Bitte verkleinern Sie es.';
	else {
		data = new Uint8Array(await file.arrayBuffer());
		contentType = videoType(data);
		if (!contentType)
			errors.file =
				'Die Datei ist kein MP4- oder WebM-Video. Bitte wählen Sie ein Video in einem dieser Formate.';
	}
	if (Object.keys(errors).length > 0 || !data || !contentType) return { ok: false, values, errors };
	return { ok: true, values, contentType, data };
}
