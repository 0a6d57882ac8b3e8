import { PARTNER_FIELD_LABELS } from '../../partner-field-labels';

// German names of the fields the audit log records (partners/service.ts, partners/logo-store.ts).

export function auditFieldLabel(field: string): string {
	return PARTNER_FIELD_LABELS[field] ?? field;
}
