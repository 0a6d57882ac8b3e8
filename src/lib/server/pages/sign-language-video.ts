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

// Pieces of the video as stored; a range request reads only the pieces it touches.
const CHUNK_BYTES = 256 * 1024;

/** Replaces the start page's sign-language video. */
export async function saveVideo(
	db: Kysely<Database>,
	video: { contentType: VideoType; data: Uint8Array; transcript: string },
	uploadedBy: number
): Promise<void> {
	const row = {
		content_type: video.contentType,
		size: video.data.byteLength,
		transcript: video.transcript,
		uploaded_by: uploadedBy,
		updated_at: new Date().toISOString()
	};
	await writeTransaction(db, async (trx) => {
		await trx
			.insertInto('sign_language_videos')
			.values({ id: 1, ...row })
			.onConflict((oc) => oc.column('id').doUpdateSet(row))
			.execute();
		await trx.deleteFrom('sign_language_video_chunks').where('video_id', '=', 1).execute();
		for (let position = 0; position * CHUNK_BYTES < video.data.byteLength; position++) {
			const data = video.data.subarray(position * CHUNK_BYTES, (position + 1) * CHUNK_BYTES);
			await trx.insertInto('sign_language_video_chunks').values({ video_id: 1, position, data }).execute();
		}
	});
}

/** What the start page needs to show the video, without the video itself; null while none was uploaded. */
export async function getVideoInfo(db: Kysely<Database>): Promise<VideoInfo | null> {
	const row = await db
		.selectFrom('sign_language_videos')
		.select(['content_type', 'size', 'transcript', 'updated_at'])
		.where('id', '=', 1)
		.executeTakeFirst();
	return row
		? { contentType: row.content_type, size: row.size, transcript: row.transcript, updatedAt: row.updated_at }
		: null;
}

/** Bytes `start`…`end` (inclusive) of the video, read from the pieces that hold them; null without a video. */
export async function readVideoBytes(
	db: Kysely<Database>,
	{ start, end }: { start: number; end: number }
): Promise<Uint8Array | null> {
	const first = Math.floor(start / CHUNK_BYTES);
	const chunks = await db
		.selectFrom('sign_language_video_chunks')
		.select(['data'])
		.where('video_id', '=', 1)
		.where('position', '>=', first)
		.where('position', '<=', Math.floor(end / CHUNK_BYTES))
		.orderBy('position')
		.execute();
	if (chunks.length === 0) return null;
	const offset = start - first * CHUNK_BYTES;
	return Buffer.concat(chunks.map((chunk) => chunk.data)).subarray(offset, offset + end - start + 1);
}

export async function removeVideo(db: Kysely<Database>): Promise<void> {
	await writeTransaction(db, (trx) => trx.deleteFrom('sign_language_videos').execute());
}
