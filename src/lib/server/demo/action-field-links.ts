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

export async function linkDemoWorkToActionFields(db: Kysely<Database>): Promise<void> {
	const fieldId = (slug: string) => db.selectFrom('action_fields').select('id').where('slug', '=', slug);
	for (const [proposal, field] of Object.entries(PROPOSAL_FIELDS)) {
		await db
			.updateTable('proposals')
			.set({ action_field_id: fieldId(field) })
			.where('slug', '=', proposal)
			.execute();
	}
	for (const [group, field] of Object.entries(GROUP_FIELDS)) {
		await db
			.updateTable('working_groups')
			.set({ action_field_id: fieldId(field) })
			.where('slug', '=', group)
			.execute();
	}
}
