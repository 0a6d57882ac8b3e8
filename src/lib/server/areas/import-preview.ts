import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { decodeCsv } from './csv-records';
import { parseStreetCsv, type ImportArea, type StreetImportPreview } from './csv-import';
import { rejectConflictsWithOtherAreas } from './import-conflicts';

export const MAX_CSV_BYTES = 1024 * 1024;

/** What the coordinator sent to import: a file or pasted text, decoded; or a German reason why not. */
export async function readImportUpload(form: FormData): Promise<{ text: string } | { error: string }> {
	const file = form.get('datei');
	const pasted = String(form.get('text') ?? '');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_CSV_BYTES)
			return { error: 'Die Datei ist größer als 1 MB. Bitte teilen Sie die Liste auf.' };
		return { text: decodeCsv(new Uint8Array(await file.arrayBuffer())) };
	}
	if (pasted.trim() === '')
		return { error: 'Bitte wählen Sie eine CSV-Datei aus oder fügen Sie die Liste in das Textfeld ein.' };
	if (pasted.length > MAX_CSV_BYTES)
		return { error: 'Der Text ist länger als 1 MB. Bitte teilen Sie die Liste auf.' };
	return { text: decodeCsv(pasted) };
}

/**
 * The import of a street list into one area as it would turn out: accepted rows and rejected lines
 * with their reasons, including overlaps with other areas of the same exclusive kind. Writes nothing.
 */
export async function previewAreaImport(
	db: Kysely<Database>,
	area: ImportArea,
	text: string
): Promise<StreetImportPreview> {
	return rejectConflictsWithOtherAreas(db, parseStreetCsv(text, [area]), [area]);
}
