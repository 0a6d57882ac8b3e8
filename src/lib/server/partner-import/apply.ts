import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import { loadPartnerInput } from '../partners/profile-queries';
import { createPartner, updatePartner, type Actor } from '../partners/service';
import type { PartnerInput } from '../partners/types';
import type { ChoosableField, PreviewLine } from './preview';

/** One confirmed change: a new line becomes a draft; a known partner takes only the chosen fields. */
export type ImportStep = { line: number; create: true } | { line: number; partnerId: number; fields: ChoosableField[] };

/** The steps a confirmation asks for: every new line, and every known partner with a field chosen. */
export function planImport(
	lines: PreviewLine[],
	chosen: (line: number, field: ChoosableField) => boolean
): ImportStep[] {
	return lines.flatMap((l): ImportStep[] => {
		if (l.kind === 'new') return [{ line: l.line, create: true }];
		if (l.kind !== 'match') return [];
		const fields = l.differences.map((d) => d.key).filter((field) => chosen(l.line, field));
		return fields.length > 0 ? [{ line: l.line, partnerId: l.partner.id, fields }] : [];
	});
}

/**
 * Carries out one step through the partners service (search outbox and audit log in the same
 * transaction). Returns what happened, or null when the line or partner is gone since the preview.
 */
export async function applyStep(
	db: Kysely<Database>,
	step: ImportStep,
	line: PreviewLine | undefined,
	actor: Actor
): Promise<'created' | 'updated' | null> {
	if (!line || line.kind === 'rejected') return null;
	if ('create' in step) {
		const preferred = line.kind === 'new' ? line.slug : undefined;
		const slug = await uniqueSlug(db, preferred ?? line.input.name);
		const uuid = line.kind === 'new' ? line.uuid : undefined;
		await createPartner(db, { ...line.input, slug, status: 'draft' }, actor, { uuid });
		return 'created';
	}
	const existing = await loadPartnerInput(db, step.partnerId);
	if (!existing) return null;
	await updatePartner(db, step.partnerId, withChosenFields(existing, line.input, step.fields), actor);
	return 'updated';
}

/** The partner as it is, with only the chosen fields taken from the import; its status stays. */
export function withChosenFields(
	existing: PartnerInput,
	imported: PartnerInput,
	fields: ChoosableField[]
): PartnerInput {
	const result = { ...existing };
	for (const field of fields) {
		if (field === 'street' && imported.address)
			result.address = existing.address
				? { ...existing.address, street: imported.address.street }
				: imported.address;
		if (field === 'email') result.email = imported.email;
		if (field === 'website') result.website = imported.website;
		if (field === 'offer') result.offer = imported.offer;
		if (field === 'phone' && imported.phones[0]) {
			const [first, ...rest] = existing.phones;
			result.phones = [{ number: imported.phones[0].number, label: first?.label ?? null }, ...rest];
		}
	}
	return result;
}
