import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { PARTNERS_INDEX } from '../indexes';

/** Outbox "index" whose entries make the sync apply the vocabulary to the partners index's settings. */
export const PARTNER_SETTINGS_OUTBOX = `${PARTNERS_INDEX}:settings`;

export async function enqueueVocabularySettings(trx: Kysely<Database>): Promise<void> {
	await trx.insertInto('search_outbox').values({ index_uid: PARTNER_SETTINGS_OUTBOX, document_id: 'vocabulary' }).execute();
}
