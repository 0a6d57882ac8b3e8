import type { Kysely } from 'kysely';
import type { LinkedWork } from '../../pages/linked-work';
import type { Database } from '../db/schema';
import { listWorkingGroupsByActionField } from '../groups/queries';
import { STATUS_LABELS } from '../proposals/notices';
import { listProposalsByActionField } from '../proposals/queries';

type LinkedWorkSource = (db: Kysely<Database>, actionFieldId: number) => Promise<LinkedWork[]>;

// The progress view is public: only public proposals that are open, in progress or completed.
const publicProposals: LinkedWorkSource = async (db, actionFieldId) =>
	(await listProposalsByActionField(db, actionFieldId, 'public')).map((p) => ({
		kind: 'project',
		title: p.title,
		href: `/projekte/${p.slug}`,
		status: STATUS_LABELS[p.status]
	}));

const activeGroups: LinkedWorkSource = async (db, actionFieldId) =>
	(await listWorkingGroupsByActionField(db, actionFieldId)).map((g) => ({
		kind: 'group',
		title: g.name,
		href: `/arbeitsgruppen/${g.slug}`
	}));

/** The projects (proposals) and working groups linked to a field of action, for its public progress view. */
export async function listLinkedWork(db: Kysely<Database>, actionFieldId: number): Promise<LinkedWork[]> {
	const lists = await Promise.all([publicProposals, activeGroups].map((source) => source(db, actionFieldId)));
	return lists.flat().sort((a, b) => a.title.localeCompare(b.title, 'de'));
}
