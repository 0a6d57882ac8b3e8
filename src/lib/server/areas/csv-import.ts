import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind, StreetParity } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { decodeCsv, detectDelimiter, readCsvRecords, type CsvRecord } from './csv-records';
import { describeRange, rangesOverlap } from './range';
import { listAreaStreets } from './queries';
import { writeAreaStreets } from './service';
import { combineStreetLists, type ImportMode } from './street-diff';
import { normalizeStreet } from './street-name';
import type { AreaStreetInput } from './types';

/*
 * Street lists for service areas, as the coordinator exports them from a spreadsheet.
 * UTF-8 (Excel's "CSV UTF-8", with or without BOM; Excel's plain "CSV", Windows-1252, is understood
 * too), separated by semicolons or commas, fields may be quoted ("…") and then hold separators. The first line names the columns, in any order:
 *
 *   strasse;plz;von;bis;seite;bereich
 *   Äußere Oybiner Straße;02763;1;49;alle;Zittau-Süd und Zittau-Ost
 *   Äußere Oybiner Straße;02763;50;199;alle;Zittau-Nord und Zittau-West
 *   Karl-Liebknecht-Ring;;;;ungerade;Altstadt
 *
 * strasse  required, as it should be shown ("Str." is fine, lookups treat it as "Straße")
 * plz      optional, five digits
 * von, bis optional whole house numbers; empty means from the first / up to the last number
 * seite    alle (or empty), gerade, ungerade
 * bereich  the name of one of the areas being imported; may be left out when importing into one area
 */

export interface ImportArea {
	id: number;
	name: string;
	kind: ServiceAreaKind;
}

export interface StreetImportRow extends AreaStreetInput {
	line: number;
	raw: string;
	areaId: number;
}

export interface RejectedLine {
	line: number;
	raw: string;
	/** German, says what to fix. */
	reason: string;
}

export interface StreetImportPreview {
	rows: StreetImportRow[];
	rejected: RejectedLine[];
}

const COLUMNS = ['strasse', 'plz', 'von', 'bis', 'seite', 'bereich'] as const;
type Column = (typeof COLUMNS)[number];
const PARITIES: Record<string, StreetParity> = { '': 'all', alle: 'all', gerade: 'even', ungerade: 'odd' };

/** Reads a street list into the rows that can be imported and the lines that cannot, with reasons. */
export function parseStreetCsv(content: string | Uint8Array, areas: ImportArea[]): StreetImportPreview {
	const text = decodeCsv(content);
	const [header, ...records] = readCsvRecords(text, detectDelimiter(text));
	const columns = header ? readHeader(header.fields) : null;
	const missing = columns ? requiredColumns(areas).filter((column) => !columns.has(column)) : ['strasse'];
	if (!columns || missing.length > 0) {
		const reason = `Kopfzeile unvollständig: Spalte ${missing.join(', ')} fehlt (erwartet: ${COLUMNS.join(';')})`;
		return { rows: [], rejected: [{ line: header?.line ?? 1, raw: header?.raw ?? '', reason }] };
	}
	const rows: StreetImportRow[] = [];
	const rejected: RejectedLine[] = [];
	const rowsByStreet = new Map<string, StreetImportRow[]>();
	for (const record of records) {
		if (record.fields.every((field) => field.trim() === '')) continue;
		const result = readRow(record, columns, areas);
		if ('reasons' in result) {
			rejected.push({ line: record.line, raw: record.raw, reason: result.reasons.join('; ') });
			continue;
		}
		const key = normalizeStreet(result.row.streetName);
		const sameStreet = rowsByStreet.get(key) ?? [];
		const overlap = findOverlap(result.row, sameStreet, areas);
		if (overlap) {
			rejected.push({ line: record.line, raw: record.raw, reason: overlap });
			continue;
		}
		rows.push(result.row);
		rowsByStreet.set(key, [...sameStreet, result.row]);
	}
	return { rows, rejected };
}

/**
 * Adds the rows to, or replaces with them, the street lists of every area they name, all in one
 * transaction; each list before is kept as a revision.
 */
export async function applyStreetImport(
	db: Kysely<Database>,
	rows: StreetImportRow[],
	{ mode, actorId }: { mode: ImportMode; actorId: number | null }
): Promise<{ areas: number; streets: number }> {
	const byArea = new Map<number, StreetImportRow[]>();
	for (const row of rows) {
		const list = byArea.get(row.areaId);
		if (list) list.push(row);
		else byArea.set(row.areaId, [row]);
	}
	await writeTransaction(db, async (trx) => {
		for (const [areaId, streets] of byArea) {
			const combined = combineStreetLists(await listAreaStreets(trx, areaId), streets, mode);
			const reason = mode === 'add' ? 'import-added' : 'import-replaced';
			await writeAreaStreets(trx, areaId, combined, { reason, actorId });
		}
	});
	return { areas: byArea.size, streets: rows.length };
}

function requiredColumns(areas: ImportArea[]): Column[] {
	return areas.length === 1 ? ['strasse'] : ['strasse', 'bereich'];
}

function readHeader(fields: string[]): Map<Column, number> | null {
	const columns = new Map<Column, number>();
	fields.forEach((field, index) => {
		const name = field.trim().toLocaleLowerCase('de').replace(/ß/g, 'ss');
		const column = name === 'postleitzahl' ? 'plz' : COLUMNS.find((c) => c === name);
		if (column && !columns.has(column)) columns.set(column, index);
	});
	return columns.size > 0 ? columns : null;
}

function readRow(
	record: CsvRecord,
	columns: Map<Column, number>,
	areas: ImportArea[]
): { row: StreetImportRow } | { reasons: string[] } {
	if (record.unterminated) return { reasons: ['Anführungszeichen wird nicht geschlossen'] };
	const width = Math.max(...columns.values()) + 1;
	if (record.fields.length > width && record.fields.slice(width).some((f) => f.trim() !== '')) {
		return {
			reasons: [
				`${record.fields.length} Spalten statt ${width}: Felder mit Trennzeichen in Anführungszeichen setzen`
			]
		};
	}
	const value = (column: Column) => {
		const index = columns.get(column);
		return index === undefined ? '' : (record.fields[index] ?? '').trim();
	};
	const reasons: string[] = [];
	const streetName = value('strasse');
	if (!/\p{L}/u.test(streetName)) reasons.push('Straße fehlt');
	const postalCode = value('plz');
	if (postalCode && !/^\d{5}$/.test(postalCode)) reasons.push(`PLZ '${postalCode}' muss fünfstellig sein`);
	const from = readNumber(value('von'), reasons);
	const to = readNumber(value('bis'), reasons);
	if (from !== null && to !== null && from > to) reasons.push(`von (${from}) ist größer als bis (${to})`);
	const side = value('seite');
	const parity = PARITIES[side.toLocaleLowerCase('de')];
	if (!parity) reasons.push(`seite '${side}' muss alle, gerade oder ungerade sein`);
	const area = findArea(value('bereich'), areas, reasons);
	if (reasons.length > 0 || !area) return { reasons };
	return {
		row: {
			line: record.line,
			raw: record.raw,
			areaId: area.id,
			streetName,
			postalCode: postalCode || null,
			from,
			to,
			parity
		}
	};
}

function readNumber(text: string, reasons: string[]): number | null {
	if (text === '') return null;
	if (!/^\d{1,5}$/.test(text) || Number(text) < 1) {
		reasons.push(`Hausnummer '${text}' ist keine Zahl`);
		return null;
	}
	return Number(text);
}

function findArea(name: string, areas: ImportArea[], reasons: string[]): ImportArea | null {
	if (name === '') {
		if (areas.length === 1) return areas[0];
		reasons.push('Bereich fehlt');
		return null;
	}
	const wanted = name.toLocaleLowerCase('de');
	const area = areas.find((a) => a.name.trim().toLocaleLowerCase('de') === wanted);
	if (!area) reasons.push(`unbekannter Bereich '${name}' (bekannt: ${areas.map((a) => a.name).join(', ')})`);
	return area ?? null;
}

/** Two areas of the same kind may not both cover one house number; the later line is rejected. */
function findOverlap(row: StreetImportRow, sameStreet: StreetImportRow[], areas: ImportArea[]): string | null {
	const kindOf = (areaId: number) => areas.find((a) => a.id === areaId)?.kind;
	const earlier = sameStreet.find(
		(other) =>
			kindOf(other.areaId) === kindOf(row.areaId) &&
			(!row.postalCode || !other.postalCode || row.postalCode === other.postalCode) &&
			rangesOverlap(row, other)
	);
	if (!earlier) return null;
	return `überschneidet sich mit Zeile ${earlier.line} (${earlier.streetName}, ${describeRange(earlier)})`;
}
