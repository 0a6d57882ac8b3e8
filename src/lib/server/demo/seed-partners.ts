import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus } from '../db/schema';
import { listAllPartnerIds } from '../partners/queries';
import { createPartner, deletePartner } from '../partners/service';
import type { PartnerInput } from '../partners/types';
import { linkDemoWorkToActionFields } from './action-field-links';
import { seedDemoAccounts } from './accounts';
import { seedDemoAreas } from './areas';
import { seedDemoPages } from './pages';
import { buildPartnerInput } from './build';
import { seedDemoContactMessages } from './contact';
import { seedDemoNews } from './news';
import { seedDemoGroups } from './groups';
import { seedDemoGuides } from './guides';
import { loadOrtsteile } from './ortsteile';
import { seedDemoProposals } from './proposals';
import { DEMO_PARTNERS } from './partners/index';

export interface SeedOptions {
	/** Replace the partners already in the database (each deletion goes through the outbox). */
	force?: boolean;
	/** The day the "geprüft am" dates count back from. */
	today?: Date;
}

export interface SeedSummary {
	deleted: number;
	created: number;
	byStatus: Record<OrganizationStatus, number>;
	byCategory: Record<string, number>;
	ortsteile: number;
	contacts: number;
	contactsWithoutConsent: number;
}

export class DemoDataRefusedError extends Error {
	constructor(readonly existingPartners: number) {
		super(`The database already holds ${existingPartners} partners; pass force to replace them`);
	}
}

/**
 * Loads the fictional Zittau partner network through the partner service, so that every partner
 * lands in the search outbox exactly as an editor's change would.
 */
export async function seedDemoData(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedSummary> {
	const existing = await listAllPartnerIds(db);
	if (existing.length > 0 && !options.force) throw new DemoDataRefusedError(existing.length);
	const inputs = DEMO_PARTNERS.map((partner) => buildPartnerInput(partner, options.today ?? new Date()));

	for (const id of existing) await deletePartner(db, id);
	const ortsteile = await loadOrtsteile(db);
	for (const input of inputs) await createPartner(db, input);
	await seedDemoAreas(db);
	await seedDemoAccounts(db);
	await seedDemoContactMessages(db);
	await seedDemoNews(db, options.today ?? new Date());
	await seedDemoPages(db);
	await seedDemoGuides(db);
	await seedDemoProposals(db);
	await seedDemoGroups(db, options.today);
	await linkDemoWorkToActionFields(db);
	return summarize(inputs, existing.length, ortsteile);
}

function summarize(inputs: PartnerInput[], deleted: number, ortsteile: number): SeedSummary {
	const byStatus: Record<OrganizationStatus, number> = { published: 0, draft: 0, archived: 0 };
	const byCategory: Record<string, number> = {};
	for (const input of inputs) {
		byStatus[input.status] += 1;
		byCategory[input.category] = (byCategory[input.category] ?? 0) + 1;
	}
	const contacts = inputs.flatMap((input) => input.contacts);
	return {
		deleted,
		created: inputs.length,
		byStatus,
		byCategory,
		ortsteile,
		contacts: contacts.length,
		contactsWithoutConsent: contacts.filter((c) => !c.publishConsent).length
	};
}
