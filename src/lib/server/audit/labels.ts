import type { Kysely } from 'kysely';
import { PARTNER_FIELD_LABELS } from '../../partner-field-labels';
import type { Database, Taxonomy } from '../db/schema';
import type { AuditEntry } from './queries';

// German names of the fields the audit log records (partners/service.ts, partners/logo-store.ts),
// and of the codes it stores as values ("draft", "beratung").

const STATUS_LABELS: Record<string, string> = { draft: 'Entwurf', published: 'Veröffentlicht', archived: 'Archiviert' };
const TAXONOMY_OF_FIELD: Record<string, Taxonomy> = {
	category: 'category',
	topics: 'topic',
	targetGroups: 'target_group',
	languages: 'language',
	ortsteile: 'ortsteil'
};

export function auditFieldLabel(field: string): string {
	return PARTNER_FIELD_LABELS[field] ?? field;
}

/** The entries as people read them: field names and coded values (status, vocabulary terms) in German. */
export async function labelAuditEntries(db: Kysely<Database>, entries: AuditEntry[]) {
	const terms = await db.selectFrom('taxonomy_terms').select(['taxonomy', 'code', 'label']).execute();
	const termLabels = new Map(terms.map((term) => [`${term.taxonomy}:${term.code}`, term.label]));
	const readable = (field: string, value: string | null): string | null => {
		if (value === null) return null;
		if (field === 'status') return STATUS_LABELS[value] ?? value;
		const taxonomy = TAXONOMY_OF_FIELD[field];
		if (!taxonomy) return value;
		return value
			.split(', ')
			.map((code) => termLabels.get(`${taxonomy}:${code}`) ?? code)
			.join(', ');
	};
	return entries.map((entry) => ({
		...entry,
		fieldLabel: auditFieldLabel(entry.field),
		oldValue: readable(entry.field, entry.oldValue),
		newValue: readable(entry.field, entry.newValue)
	}));
}
