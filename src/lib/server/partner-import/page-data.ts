import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadTermOptions } from '../partners/profile-terms';
import { loadExistingPartners, previewImport, type PreviewLine } from './preview';
import { readSpreadsheet } from './spreadsheet';

export type ImportPreview = { ok: true; lines: PreviewLine[] } | { ok: false; message: string };

/** Reads the uploaded list and sorts its lines; writes nothing. */
export async function prepareImport(db: Kysely<Database>, text: string, today: string): Promise<ImportPreview> {
	const sheet = readSpreadsheet(text);
	if (!sheet.ok) return sheet;
	const [existing, terms] = await Promise.all([loadExistingPartners(db), loadTermOptions(db)]);
	return { ok: true, lines: previewImport(sheet.rows, existing, terms, today) };
}

/** The preview as the page shows it. */
export function shownPreview(lines: PreviewLine[]) {
	const address = (line: Extract<PreviewLine, { input: unknown }>) =>
		line.input.address
			? `${line.input.address.street}, ${line.input.address.postalCode} ${line.input.address.city}`
			: '';
	return {
		fresh: lines.flatMap((l) =>
			l.kind === 'new' ? [{ line: l.line, name: l.input.name, address: address(l) }] : []
		),
		matches: lines.flatMap((l) =>
			l.kind === 'match'
				? [
						{
							line: l.line,
							name: l.partner.name,
							published: l.partner.status === 'published',
							differences: l.differences
						}
					]
				: []
		),
		rejected: lines.flatMap((l) =>
			l.kind === 'rejected' ? [{ line: l.line, name: l.name, reasons: l.reasons }] : []
		)
	};
}
