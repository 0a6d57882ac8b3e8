import type { Kysely } from 'kysely';
import { slugify } from '../coordination/slug';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export interface ReportSummary {
	id: number;
	title: string;
	year: number;
	size: number;
	contentType: string;
	createdAt: string;
}

export interface ReportFile {
	fileName: string;
	contentType: string;
	data: Uint8Array;
}

/** Stores a checked PDF; the download name is made from title and year, never the uploader's file name. */
export async function saveReport(
	db: Kysely<Database>,
	report: { title: string; year: number; data: Uint8Array },
	uploadedBy: number
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const { id } = await trx
			.insertInto('security_reports')
			.values({
				title: report.title,
				year: report.year,
				file_name: `${slugify(report.title) || 'bericht'}-${report.year}.pdf`,
				content_type: 'application/pdf',
				size: report.data.byteLength,
				data: report.data,
				uploaded_by: uploadedBy
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	});
}

/** Newest year first; without the files themselves. */
export async function listReports(db: Kysely<Database>): Promise<ReportSummary[]> {
	return db
		.selectFrom('security_reports')
		.select(['id', 'title', 'year', 'size', 'content_type as contentType', 'created_at as createdAt'])
		.orderBy('year', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

export async function getReportFile(db: Kysely<Database>, id: number): Promise<ReportFile | null> {
	const row = await db
		.selectFrom('security_reports')
		.select(['file_name', 'content_type', 'data'])
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? { fileName: row.file_name, contentType: row.content_type, data: row.data } : null;
}

/** True when the report existed. */
export async function deleteReport(db: Kysely<Database>, id: number): Promise<boolean> {
	const result = await writeTransaction(db, (trx) =>
		trx.deleteFrom('security_reports').where('id', '=', id).executeTakeFirst()
	);
	return result.numDeletedRows > 0n;
}
