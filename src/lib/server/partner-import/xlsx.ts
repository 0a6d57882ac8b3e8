import readXlsxFile from 'read-excel-file/node';
import { sheetRows, type SheetResult } from './spreadsheet';

/** A cell as text: numbers as Excel shows them (a PLZ keeps its leading zero), dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value).trim();
}

/** The first sheet of an Excel workbook (.xlsx), read into the same rows as a CSV file. */
export async function readXlsx(content: Uint8Array): Promise<SheetResult> {
	let sheets;
	try {
		// parseNumber keeps the number as written: "02763" stays a postal code, not 2763.
		sheets = await readXlsxFile(Buffer.from(content), { parseNumber: (text: string) => text });
	} catch (error) {
		return {
			ok: false,
			message: `Die Datei ist keine lesbare Excel-Arbeitsmappe (${(error as Error).message}). Bitte speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.`
		};
	}
	const data = sheets[0]?.data ?? [];
	return sheetRows(data.map((row, i) => ({ line: i + 1, cells: row.map(cellText) })));
}
