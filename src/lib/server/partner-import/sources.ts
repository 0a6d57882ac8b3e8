import { unzipSync } from 'fflate';
import type { TermOptions } from '../partners/profile-terms';
import { toCandidate, type Candidate } from './candidate';
import { readHsdsPackage } from './hsds-package';
import { readSpreadsheet, type SheetResult } from './spreadsheet';
import { readXlsx } from './xlsx';

/** One line of an uploaded file as a partner to create, or the reasons it cannot be one. */
export interface ImportSource {
	/** The line of the file (spreadsheets) or of organizations.csv (HSDS datapackage). */
	line: number;
	name: string;
	candidate: Candidate;
	/** The HSDS id the partner keeps, so a re-import finds it and an export names it the same. */
	uuid?: string;
	/** The slug the exporting portal gave it, kept when it is free. */
	slug?: string;
}

export type SourcesResult = { ok: true; sources: ImportSource[] } | { ok: false; message: string };

/** A zip (XLSX or datapackage) may not unpack to more than this: no zip bombs. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** CSV, Excel workbook or HSDS datapackage, told apart by their content rather than their name. */
export async function readImportFile(bytes: Uint8Array, terms: TermOptions, today: string): Promise<SourcesResult> {
	if (!isZip(bytes)) return fromSheet(readSpreadsheet(bytes), terms, today);
	const names: string[] = [];
	let unpacked = 0;
	try {
		unzipSync(bytes, {
			filter: (file) => {
				names.push(file.name);
				unpacked += file.originalSize;
				return false;
			}
		});
	} catch (error) {
		return { ok: false, message: `Die ZIP-Datei ist beschädigt (${(error as Error).message}).` };
	}
	if (unpacked > MAX_UNPACKED_BYTES)
		return { ok: false, message: 'Die ZIP-Datei ist entpackt größer als 50 MB. Bitte teilen Sie die Liste auf.' };
	if (names.includes('xl/workbook.xml')) return fromSheet(await readXlsx(bytes), terms, today);
	if (names.includes('datapackage.json')) return readHsdsPackage(unzipSync(bytes), terms, today);
	return {
		ok: false,
		message:
			'Die ZIP-Datei ist weder eine Excel-Arbeitsmappe (.xlsx) noch ein HSDS-Datenpaket mit datapackage.json.'
	};
}

function fromSheet(sheet: SheetResult, terms: TermOptions, today: string): SourcesResult {
	if (!sheet.ok) return sheet;
	return {
		ok: true,
		sources: sheet.rows.map((row) => ({
			line: row.line,
			name: row.cells.name ?? '',
			candidate: toCandidate(row, terms, today)
		}))
	};
}
