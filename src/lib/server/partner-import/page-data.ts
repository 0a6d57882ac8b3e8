import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadTermOptions } from '../partners/profile-terms';
import { loadExistingPartners, previewImport, type PreviewLine } from './preview';
import { readImportFile } from './sources';
import { choiceName } from './upload';

export type ImportPreview = { ok: true; lines: PreviewLine[] } | { ok: false; message: string };

/** Reads the uploaded file (CSV, XLSX or HSDS datapackage) and sorts its lines; writes nothing. */
export async function prepareImport(db: Kysely<Database>, content: Uint8Array, today: string): Promise<ImportPreview> {
	const [existing, terms] = await Promise.all([loadExistingPartners(db), loadTermOptions(db)]);
	const read = await readImportFile(content, terms, today);
	if (!read.ok) return read;
	return { ok: true, lines: previewImport(read.sources, existing) };
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
							differences: l.differences.map((d) => ({ ...d, choice: choiceName(l.line, d.key) }))
						}
					]
				: []
		),
		rejected: lines.flatMap((l) =>
			l.kind === 'rejected' ? [{ line: l.line, name: l.name, reasons: l.reasons }] : []
		)
	};
}

/** Today in the council's time zone, for consent dates checked by the profile rules. */
export function berlinToday(): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}
