// npm run bench:import: a 500-line messy partner list (Windows-1252 CSV with semicolons, a merged
// address column, duplicates, broken lines, one known partner), as CSV and as an Excel workbook:
// the preview after the upload and the background import, timed. In-process on a temp database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import writeXlsxFile from 'write-excel-file/node';
import { decodeCsv } from '../src/lib/server/areas/csv-records';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { seedDemoData } from '../src/lib/server/demo/seed-partners';
import { planImport } from '../src/lib/server/partner-import/apply';
import { createImportJob, loadImportJob, runImportJob, startImportJob } from '../src/lib/server/partner-import/jobs';
import { prepareImport } from '../src/lib/server/partner-import/page-data';
import { longMessyPartnerCsv } from '../tests/fixtures/partner-import-messy';
import { ms } from './stats';

const LINES = Number(process.env.BENCH_LINES || 500);
const today = '2026-12-02';

async function run(label: string, file: Uint8Array) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-bench-import-'));
	const db = openDatabase(path.join(dir, 'portal.db'));
	try {
		await migrateToLatest(db);
		await db.deleteFrom('taxonomy_terms').where('taxonomy', '=', 'ortsteil').execute();
		await seedDemoData(db, { today: new Date(`${today}T09:00:00Z`) });
		const { id: userId } = await db
			.selectFrom('users')
			.select('id')
			.where('role', '=', 'coordinator')
			.executeTakeFirstOrThrow();

		let started = performance.now();
		const preview = await prepareImport(db, file, today);
		if (!preview.ok) throw new Error(preview.message);
		const previewTime = performance.now() - started;
		const count = (kind: string) => preview.lines.filter((l) => l.kind === kind).length;

		started = performance.now();
		const job = await createImportJob(db, userId, label, file);
		// The coordinator takes every new value of the known partners.
		await startImportJob(
			db,
			job,
			planImport(preview.lines, () => true)
		);
		await runImportJob(db, job, { userId });
		const importTime = performance.now() - started;
		const done = await loadImportJob(db, job);
		console.log(
			`${label}: ${preview.lines.length} lines (${count('new')} new, ${count('match')} known, ${count('rejected')} rejected); ` +
				`preview ${ms(previewTime)}, import ${ms(importTime)} (${done?.created} created, ${done?.updated} updated)`
		);
	} finally {
		await db.destroy();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const csv = longMessyPartnerCsv(LINES);
await run(`CSV, ${(csv.byteLength / 1024).toFixed(0)} KiB`, csv);
const rows = parse(decodeCsv(csv), { delimiter: ';', relax_column_count: true }) as string[][];
const xlsx = await writeXlsxFile(rows.map((row) => row.map((cell) => cell || null))).toBuffer();
await run(`XLSX, ${(xlsx.byteLength / 1024).toFixed(0)} KiB`, xlsx);
