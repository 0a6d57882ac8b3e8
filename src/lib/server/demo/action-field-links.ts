import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

// Which demo proposals and working groups work on which field of action, so the public progress
// view of the security analysis shows linked work from the start.
const PROPOSAL_FIELDS: Record<string, string> = {
	'medienwoche-zittau-sued': 'kinder-und-jugendschutz',
	'sicherheitsbegehung-weinaupark': 'sicherheit-im-oeffentlichen-raum',
	'graffiti-workshop-alte-feuerwache': 'sicherheit-im-oeffentlichen-raum',
	'aktionstage-enkeltrick-innenstadt': 'schutz-aelterer-menschen-vor-betrug',
	'schulwegdetektive-hirschfelde': 'verkehrssicherheit'
};

const GROUP_FIELDS: Record<string, string> = {
	'ag-sicherheit-im-oeffentlichen-raum': 'sicherheit-im-oeffentlichen-raum',
	'ag-kinder-und-jugendschutz': 'kinder-und-jugendschutz'
};

const LINKS = [
	{ table: 'proposals', fields: PROPOSAL_FIELDS },
	{ table: 'working_groups', fields: GROUP_FIELDS }
] as const;

export async function linkDemoWorkToActionFields(db: Kysely<Database>): Promise<void> {
	const fieldId = (slug: string) => db.selectFrom('action_fields').select('id').where('slug', '=', slug);
	for (const { table, fields } of LINKS) {
		for (const [slug, field] of Object.entries(fields)) {
			await db
				.updateTable(table)
				.set({ action_field_id: fieldId(field) })
				.where('slug', '=', slug)
				.execute();
		}
	}
}
