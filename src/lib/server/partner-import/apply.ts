import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import { createPartner, type Actor } from '../partners/service';
import type { PreviewLine } from './preview';

/**
 * Creates every new line as a draft through the partners service (search outbox and audit log in
 * the same transaction). Partners already in the portal are never touched by an import.
 */
export async function importNewPartners(db: Kysely<Database>, lines: PreviewLine[], actor: Actor): Promise<number> {
	let created = 0;
	for (const line of lines) {
		if (line.kind !== 'new') continue;
		const slug = await uniqueSlug(db, line.input.name);
		await createPartner(db, { ...line.input, slug, status: 'draft' }, actor);
		created++;
	}
	return created;
}
