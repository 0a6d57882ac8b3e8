import type { JoinPolicy } from '../db/tables/collaboration';

export interface OrganizationLink {
	slug: string;
	name: string;
}

export interface TopicRef {
	code: string;
	label: string;
}

/** What anyone may see of a working group: no persons, only published member organizations. */
export interface PublicGroup {
	id: number;
	slug: string;
	name: string;
	description: string;
	joinPolicy: JoinPolicy;
	actionFieldId: number | null;
	topics: TopicRef[];
	members: OrganizationLink[];
	/** The organization of the lead person, if it is a published member. */
	leadOrganization: OrganizationLink | null;
}

/** The few columns the guards and services need. */
export interface GroupRef {
	id: number;
	slug: string;
	name: string;
	leadUserId: number | null;
	joinPolicy: JoinPolicy;
	archivedAt: string | null;
}
