import { parse } from 'csv-parse/sync';
import { decodeCsv, detectDelimiter } from '../areas/csv-records';
import { mapHeader, type Column } from './columns';

export interface SheetRow {
	/** Line of the file (1 is the header). */
	line: number;
	cells: Partial<Record<Column, string>>;
}

export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; message: string };

/** One line of a table as read from the file, before its columns are known. */
export interface RawRecord {
	line: number;
	cells: string[];
}

/** Limits that keep one upload from occupying the server. */
export const MAX_ROWS = 5000;
/** A 5,000-line spreadsheet with long texts stays well below this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads a spreadsheet saved as CSV the way towns have them: Excel's "CSV" (Windows-1252, semicolons)
 * or "CSV UTF-8", commas or semicolons, quoted fields with line breaks, blank lines in between.
 */
export function readSpreadsheet(content: string | Uint8Array): SheetResult {
	const text = decodeCsv(content);
	let records: { record: string[]; info: { lines: number }; raw: string }[];
	try {
		// csv-parse's types do not follow the info and raw options to the shape of its records.
		records = parse(text, {
			delimiter: detectDelimiter(text),
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true,
			bom: true,
			info: true,
			raw: true
		}) as unknown as typeof records;
	} catch (error) {
		return {
			ok: false,
			message: `Die Datei ist keine lesbare CSV-Tabelle (${(error as Error).message}). Bitte speichern Sie sie aus Excel als „CSV (Trennzeichen-getrennt)“.`
		};
	}
	return sheetRows(
		records.map(({ record, info, raw }) => ({
			cells: record,
			// csv-parse counts lines up to the record's end; a quoted cell may span several.
			line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0)
		}))
	);
}

/** The header line names the columns; the lines below become rows. Shared by CSV and XLSX. */
export function sheetRows(records: RawRecord[]): SheetResult {
	if (records.length < 2) return { ok: false, message: 'Die Datei enthält keine Zeilen unter der Kopfzeile.' };
	if (records.length > MAX_ROWS + 1)
		return { ok: false, message: `Bitte teilen Sie die Datei: höchstens ${MAX_ROWS} Zeilen auf einmal.` };
	const columns = mapHeader(records[0].cells);
	if (!columns.includes('name')) {
		return {
			ok: false,
			message:
				'Die erste Zeile muss die Spaltennamen enthalten, mindestens „Name“. Nutzen Sie am besten die Vorlage.'
		};
	}
	return {
		ok: true,
		rows: records
			.slice(1)
			// Rows of empty cells (";;;;" in Excel exports) are not lines anyone meant to import.
			.filter(({ cells }) => cells.some((cell) => cell !== ''))
			.map(({ cells: record, line }) => {
				const cells: Partial<Record<Column, string>> = {};
				record.forEach((value, i) => {
					const column = columns[i];
					if (column && value !== '' && cells[column] === undefined) cells[column] = value;
				});
				return { line, cells };
			})
	};
}
