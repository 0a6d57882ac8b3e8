import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { getPublicPartners } from '../partners/queries';
import type { PublicPartner } from '../partners/types';
import { listPublicAreas, type PublicArea } from './public-areas';
import { listOrganizationsWithPublicPhoto } from './photo-store';

/** A Bürgerpolizist as citizens see him or her: only what the person consented to publish. */
export interface Officer {
	slug: string;
	organizationName: string;
	/** The first contact person who consented to publication; null when nobody did. */
	person: { name: string; role: string | null } | null;
	hasPhoto: boolean;
	phones: PublicPartner['phones'];
	email: string | null;
	address: PublicPartner['address'];
	consultation: PublicPartner['schedules'];
	areas: PublicArea[];
}

/** Every published partner with a Bürgerpolizei area, in the order of their area names. */
export async function listOfficers(db: Kysely<Database>): Promise<Officer[]> {
	const areas = await listPublicAreas(db, { kind: 'buergerpolizei' });
	const organizationIds = [...new Set(areas.map((area) => area.organizationId))];
	const [partners, withPhoto] = await Promise.all([
		getPublicPartners(db, organizationIds),
		listOrganizationsWithPublicPhoto(db, organizationIds)
	]);
	const partnerById = new Map(partners.map((partner) => [partner.id, partner] as const));
	return organizationIds.flatMap((id) => {
		const partner = partnerById.get(id);
		if (!partner) return [];
		const contact = partner.contacts[0];
		return [
			{
				slug: partner.slug,
				organizationName: partner.name,
				person: contact ? { name: contact.name, role: contact.role } : null,
				hasPhoto: withPhoto.has(id),
				phones: partner.phones,
				email: contact?.email ?? partner.email,
				address: partner.address,
				consultation: partner.schedules.filter((slot) => slot.kind === 'consultation'),
				areas: areas.filter((area) => area.organizationId === id)
			}
		];
	});
}
