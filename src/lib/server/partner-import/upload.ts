import type { ChoosableField } from './preview';
import { MAX_IMPORT_BYTES } from './spreadsheet';

/** The uploaded file, or a German reason why there is none to read. */
export async function readUploadedFile(
	form: FormData
): Promise<{ name: string; bytes: Uint8Array } | { error: string }> {
	const file = form.get('datei');
	if (!(file instanceof File) || file.size === 0)
		return {
			error: 'Bitte wählen Sie eine Datei aus: CSV, Excel-Arbeitsmappe (.xlsx) oder HSDS-Datenpaket (.zip).'
		};
	if (file.size > MAX_IMPORT_BYTES)
		return { error: 'Die Datei ist größer als 5 MB. Bitte teilen Sie die Liste auf.' };
	return { name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The radio button of one differing field: "wahl-<line>-<field>" is "neu" to take the imported value. */
export const choiceName = (line: number, field: ChoosableField) => `wahl-${line}-${field}`;

export function readChoices(form: FormData): (line: number, field: ChoosableField) => boolean {
	return (line, field) => form.get(choiceName(line, field)) === 'neu';
}
