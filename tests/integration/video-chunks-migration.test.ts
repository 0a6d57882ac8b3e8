import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { openDatabase } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { getVideoInfo, readVideoBytes } from '../../src/lib/server/pages/sign-language-video';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-video-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An installation from before the pieces, with a video of 700,000 bytes. */
async function installationWithVideo(file: string) {
	const db = openDatabase(path.join(dir, file));
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	await migrator.migrateTo('2026_12_01_1700_page_translations');
	const video = Uint8Array.from({ length: 700_000 }, (_, i) => (i * 7) % 256);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
	await (db as any)
		.insertInto('sign_language_videos')
		.values({ id: 1, content_type: 'video/mp4', size: video.byteLength, data: video, transcript: 'Hallo' })
		.execute();
	return { db, migrator, video };
}

it('moves a video stored before the pieces into pieces that read back byte for byte', async () => {
	const { db, video } = await installationWithVideo('portal.db');
	try {
		await migrateToLatest(db);

		expect(await getVideoInfo(db)).toMatchObject({ size: 700_000, transcript: 'Hallo' });
		const range = await readVideoBytes(db, { start: 262_000, end: 530_000 });
		expect(Buffer.compare(Buffer.from(range!), Buffer.from(video.subarray(262_000, 530_001)))).toBe(0);
	} finally {
		await db.destroy();
	}
});

it('going back joins the pieces into the one blob again', async () => {
	const { db, migrator, video } = await installationWithVideo('rolled-back.db');
	try {
		await migrator.migrateTo('2026_12_02_1000_video_chunks');
		const down = await migrator.migrateDown();
		expect(down.error).toBeUndefined();

		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table of an older schema version
		const row = await (db as any).selectFrom('sign_language_videos').select('data').executeTakeFirstOrThrow();
		expect(Buffer.compare(Buffer.from(row.data), Buffer.from(video))).toBe(0);
	} finally {
		await db.destroy();
	}
});
