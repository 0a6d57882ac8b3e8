import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { VideoType } from '$lib/validation/file-types';

export interface VideoInfo {
	contentType: string;
	size: number;
	transcript: string;
	updatedAt: string;
}

export interface VideoFile {
	contentType: string;
	data: Uint8Array;
	updatedAt: string;
}

/** Replaces the start page's sign-language video. */
export async function saveVideo(
	db: Kysely<Database>,
	video: { contentType: VideoType; data: Uint8Array; transcript: string },
	uploadedBy: number
): Promise<void> {
	const row = {
		content_type: video.contentType,
		size: video.data.byteLength,
		data: video.data,
		transcript: video.transcript,
		uploaded_by: uploadedBy,
		updated_at: new Date().toISOString()
	};
	await writeTransaction(db, (trx) =>
		trx.insertInto('sign_language_videos').values({ id: 1, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute()
	);
}

/** What the start page needs to show the video, without the video itself; null while none was uploaded. */
export async function getVideoInfo(db: Kysely<Database>): Promise<VideoInfo | null> {
	const row = await db
		.selectFrom('sign_language_videos')
		.select(['content_type', 'size', 'transcript', 'updated_at'])
		.where('id', '=', 1)
		.executeTakeFirst();
	return row ? { contentType: row.content_type, size: row.size, transcript: row.transcript, updatedAt: row.updated_at } : null;
}

export async function getVideoFile(db: Kysely<Database>): Promise<VideoFile | null> {
	const row = await db.selectFrom('sign_language_videos').select(['content_type', 'data', 'updated_at']).where('id', '=', 1).executeTakeFirst();
	return row ? { contentType: row.content_type, data: row.data, updatedAt: row.updated_at } : null;
}

export async function removeVideo(db: Kysely<Database>): Promise<void> {
	await writeTransaction(db, (trx) => trx.deleteFrom('sign_language_videos').execute());
}
