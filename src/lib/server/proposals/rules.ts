// Who may do what with a proposal: the status transitions and who may offer to join. Pure, so the
// page, the service and the tests share one version of each rule.
import type { Viewer } from './access';
import type { ProposalStatus } from './types';

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['draft', 'open', 'in_progress', 'completed', 'withdrawn'];

/** Where the author's organization may take a proposal from each status; the coordinator may set any. */
export const NEXT_STATUSES: Record<ProposalStatus, ProposalStatus[]> = {
	draft: ['open', 'withdrawn'],
	open: ['in_progress', 'completed', 'withdrawn'],
	in_progress: ['completed', 'withdrawn'],
	completed: [],
	withdrawn: ['draft', 'open']
};

export function mayChangeStatus(from: ProposalStatus, to: ProposalStatus, byCoordinator: boolean): boolean {
	return from !== to && (byCoordinator || NEXT_STATUSES[from].includes(to));
}

/** The statuses offered on the page: none without the right to manage, every other for the coordinator. */
export function statusChoices(current: ProposalStatus, viewer: Viewer | null, canManage: boolean): ProposalStatus[] {
	if (!canManage || !viewer) return [];
	return PROPOSAL_STATUSES.filter((status) => mayChangeStatus(current, status, viewer.isCoordinator));
}

/** The requested status, or why it cannot be sent on: none chosen, or a withdrawal not confirmed. */
export function readStatusRequest(
	status: string,
	confirmed: boolean
): { ok: true; status: ProposalStatus } | { ok: false; error: string } {
	if (!(PROPOSAL_STATUSES as readonly string[]).includes(status))
		return { ok: false, error: 'Bitte wählen Sie einen neuen Stand.' };
	if (status === 'withdrawn' && !confirmed) {
		return {
			ok: false,
			error: 'Bitte bestätigen Sie mit dem Häkchen, dass Sie den Vorschlag zurückziehen möchten.'
		};
	}
	return { ok: true, status: status as ProposalStatus };
}

/** The organizations a person may offer to join for: theirs, except the author's. */
export function offeringOrganizations(viewer: Viewer | null, authorId: number): { id: number; name: string }[] {
	return (viewer?.memberships ?? [])
		.filter((m) => m.organizationId !== authorId)
		.map((m) => ({ id: m.organizationId, name: m.organizationName }));
}
