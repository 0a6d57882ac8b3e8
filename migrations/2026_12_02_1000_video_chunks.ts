import { sql, type Kysely } from 'kysely';
import { partOf } from './kit/schema';

// The sign-language video moves from one blob into pieces of 256 KiB, so that a player's range
// request reads only the pieces it asks for (SQLite reads a whole blob to answer substr()).
const CHUNK_BYTES = 256 * 1024;

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('sign_language_video_chunks')
		.$call(partOf('video_id', 'sign_language_videos'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.addPrimaryKeyConstraint('sign_language_video_chunks_pk', ['video_id', 'position'])
		.execute();
	const videos = await db.selectFrom('sign_language_videos').select(['id', 'data']).execute();
	for (const video of videos as { id: number; data: Uint8Array }[]) {
		for (let position = 0; position * CHUNK_BYTES < video.data.byteLength; position++) {
			const data = video.data.subarray(position * CHUNK_BYTES, (position + 1) * CHUNK_BYTES);
			await db.insertInto('sign_language_video_chunks').values({ video_id: video.id, position, data }).execute();
		}
	}
	await db.schema.alterTable('sign_language_videos').dropColumn('data').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('sign_language_videos')
		// SQLite adds a NOT NULL column only with a default, and a DDL default must be a literal: the empty blob.
		.addColumn('data', 'blob', (c) => c.notNull().defaultTo(sql`x''`))
		.execute();
	const chunks = (await db
		.selectFrom('sign_language_video_chunks')
		.select(['video_id', 'data'])
		.orderBy('video_id')
		.orderBy('position')
		.execute()) as { video_id: number; data: Uint8Array }[];
	// Node 20 has no Map.groupBy; the chunks come ordered, so each video's pieces are appended in turn.
	const byVideo = new Map<number, Uint8Array[]>();
	for (const chunk of chunks) {
		const parts = byVideo.get(chunk.video_id);
		if (parts) parts.push(chunk.data);
		else byVideo.set(chunk.video_id, [chunk.data]);
	}
	for (const [id, parts] of byVideo) {
		await db
			.updateTable('sign_language_videos')
			.set({ data: Buffer.concat(parts) })
			.where('id', '=', id)
			.execute();
	}
	await db.schema.dropTable('sign_language_video_chunks').execute();
}
