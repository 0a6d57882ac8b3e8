import type { Kysely } from 'kysely';
import { recordChange } from '../audit/record';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { ProcessedLogo } from './logo';
import type { Actor } from './service';

export interface StoredLogo {
	image: Uint8Array;
	contentType: string;
	updatedAt: string;
}

/** Replaces the organization's logo; the logo is not part of the search document, so no outbox row. */
export async function saveLogo(db: Kysely<Database>, organizationId: number, logo: ProcessedLogo, actor: Actor) {
	await writeTransaction(db, async (trx) => {
		const updatedAt = new Date().toISOString();
		const row = {
			image: logo.image,
			content_type: logo.contentType,
			width: logo.width,
			height: logo.height,
			updated_at: updatedAt
		};
		await trx
			.insertInto('organization_logos')
			.values({ organization_id: organizationId, ...row })
			.onConflict((oc) => oc.column('organization_id').doUpdateSet(row))
			.execute();
		await recordChange(trx, {
			organizationId,
			actorId: actor.userId,
			changes: [{ field: 'logo', old: null, new: `${logo.width}×${logo.height} px` }]
		});
	});
}

export async function deleteLogo(db: Kysely<Database>, organizationId: number, actor: Actor) {
	await writeTransaction(db, async (trx) => {
		const result = await trx
			.deleteFrom('organization_logos')
			.where('organization_id', '=', organizationId)
			.executeTakeFirst();
		if (result.numDeletedRows === 0n) return;
		await recordChange(trx, {
			organizationId,
			actorId: actor.userId,
			changes: [{ field: 'logo', old: 'Logo', new: null }]
		});
	});
}

/** The logo of an organization; `publishedOnly` for what citizens may see. */
export async function getLogo(
	db: Kysely<Database>,
	organizationId: number,
	{ publishedOnly }: { publishedOnly: boolean }
): Promise<StoredLogo | null> {
	let query = db
		.selectFrom('organization_logos as l')
		.innerJoin('organizations as o', 'o.id', 'l.organization_id')
		.select(['l.image', 'l.content_type', 'l.updated_at'])
		.where('l.organization_id', '=', organizationId);
	if (publishedOnly) query = query.where('o.status', '=', 'published');
	const row = await query.executeTakeFirst();
	return row ? { image: row.image, contentType: row.content_type, updatedAt: row.updated_at } : null;
}

export async function hasLogo(db: Kysely<Database>, organizationId: number): Promise<boolean> {
	const row = await db
		.selectFrom('organization_logos')
		.select('organization_id')
		.where('organization_id', '=', organizationId)
		.executeTakeFirst();
	return row !== undefined;
}
