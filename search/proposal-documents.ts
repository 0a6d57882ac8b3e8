import type { SearchableProposal } from '../src/lib/server/proposals/queries';
import { markdownToPlainText } from '../src/lib/server/markdown/render';

/** What the `proposals` index holds for one listed proposal (open, in progress or completed). */
export interface ProposalDocument {
	id: number;
	slug: string;
	title: string;
	summary: string;
	description: string;
	lookingFor: string;
	timeframe: string;
	status: SearchableProposal['status'];
	visibility: SearchableProposal['visibility'];
	organizationName: string;
	topics: string[];
	topicCodes: string[];
	targetGroups: string[];
	targetGroupCodes: string[];
	ortsteile: string[];
	ortsteilCodes: string[];
	/** Milliseconds since 1970 of the first opening, for "newest first". */
	openedAt: number;
}

export function buildProposalDocument(proposal: SearchableProposal): ProposalDocument {
	return {
		id: proposal.id,
		slug: proposal.slug,
		title: proposal.title,
		summary: proposal.summary,
		description: markdownToPlainText(proposal.description),
		lookingFor: proposal.lookingFor,
		timeframe: proposal.timeframe,
		status: proposal.status,
		visibility: proposal.visibility,
		organizationName: proposal.organizationName,
		topics: proposal.topics.map((t) => t.label),
		topicCodes: proposal.topics.map((t) => t.code),
		targetGroups: proposal.targetGroups.map((t) => t.label),
		targetGroupCodes: proposal.targetGroups.map((t) => t.code),
		ortsteile: proposal.ortsteile.map((t) => t.label),
		ortsteilCodes: proposal.ortsteile.map((t) => t.code),
		openedAt: proposal.openedAt ? Date.parse(proposal.openedAt) : 0
	};
}
