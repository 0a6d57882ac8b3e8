import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus } from '../db/schema';
import { createPartner, type Actor } from '../partners/service';
import type { PartnerInput } from '../partners/types';
import { uniqueSlug } from './slug';

export interface OrganizationSummary {
	id: number;
	slug: string;
	name: string;
	status: OrganizationStatus;
	category: string;
	verifiedAt: string | null;
	updatedAt: string;
	members: number;
}

export interface DraftOrganizationInput {
	name: string;
	/** A category term code. */
	category: string;
	email: string | null;
}

/**
 * A new organization as an empty draft: not public and not searchable until its people have
 * filled in the profile and published it.
 */
export async function createDraftOrganization(
	db: Kysely<Database>,
	input: DraftOrganizationInput,
	actor?: Actor
): Promise<{ id: number; slug: string }> {
	const slug = await uniqueSlug(db, input.name);
	const partner: PartnerInput = {
		slug,
		name: input.name,
		shortName: null,
		category: input.category,
		description: '',
		offer: '',
		topics: [],
		mainTopics: [],
		targetGroups: [],
		mainTargetGroups: [],
		translations: {},
		languages: [],
		ortsteile: [],
		email: input.email,
		website: null,
		accessibilityNote: null,
		wheelchairAccessible: false,
		verifiedAt: null,
		status: 'draft',
		address: null,
		phones: [],
		contacts: [],
		schedules: [],
		closures: []
	};
	return { id: await createPartner(db, partner, actor), slug };
}

/** Every organization with its status and how many people maintain it, by name. */
export async function listOrganizations(db: Kysely<Database>): Promise<OrganizationSummary[]> {
	return (await summaries(db).orderBy('o.name').execute()).map(toSummary);
}

export async function getOrganizationBySlug(db: Kysely<Database>, slug: string): Promise<OrganizationSummary | null> {
	const row = await summaries(db).where('o.slug', '=', slug).executeTakeFirst();
	return row ? toSummary(row) : null;
}

function summaries(db: Kysely<Database>) {
	return db
		.selectFrom('organizations as o')
		.innerJoin('taxonomy_terms as c', 'c.id', 'o.category_id')
		.select((eb) => [
			'o.id',
			'o.slug',
			'o.name',
			'o.status',
			'c.label as category',
			'o.verified_at as verifiedAt',
			'o.updated_at as updatedAt',
			eb
				.selectFrom('memberships as m')
				.select((m) => m.fn.countAll<number>().as('n'))
				.whereRef('m.organization_id', '=', 'o.id')
				.as('members')
		]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

/** The member count comes as a subquery's number or null. */
function toSummary(row: SummaryRow): OrganizationSummary {
	return { ...row, members: Number(row.members ?? 0) };
}
