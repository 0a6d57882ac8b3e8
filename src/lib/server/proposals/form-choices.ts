import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listTerms } from '../partners/queries';
import type { TermRef } from '../partners/types';
import type { ProposalChoices } from './proposal-form';

export interface ProposalFormOptions {
	organizations: { id: number; name: string }[];
	topics: TermRef[];
	targetGroups: TermRef[];
	ortsteile: TermRef[];
	actionFields: TermRef[];
}

/** What the create and edit form offers; the organizations are the ones the person may write for. */
export async function loadProposalFormOptions(
	db: Kysely<Database>,
	organizations: { id: number; name: string }[]
): Promise<ProposalFormOptions> {
	const [topics, targetGroups, ortsteile, actionFields] = await Promise.all([
		listTerms(db, 'topic'),
		listTerms(db, 'target_group'),
		listTerms(db, 'ortsteil'),
		db
			.selectFrom('action_fields')
			.select(['slug as code', 'title as label'])
			.orderBy('position')
			.orderBy('title')
			.execute()
	]);
	return { organizations, topics, targetGroups, ortsteile, actionFields };
}

export function choicesOf(options: ProposalFormOptions): ProposalChoices {
	const codes = (terms: TermRef[]) => terms.map((t) => t.code);
	return {
		organizationIds: options.organizations.map((o) => o.id),
		topics: codes(options.topics),
		targetGroups: codes(options.targetGroups),
		ortsteile: codes(options.ortsteile),
		actionFields: codes(options.actionFields)
	};
}
