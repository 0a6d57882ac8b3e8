import type { OrganizationRelations } from './context';
import { childUuid } from './ids';
import { compact, type HsdsRecord } from './record';

type ContactRow = OrganizationRelations['contacts'][number];
type PhoneRow = OrganizationRelations['phones'][number];

export const contactUuid = (organizationUuid: string, c: Pick<ContactRow, 'position'>) =>
	childUuid(organizationUuid, `contact:${c.position}`);

/** A person who consented to publication (the query never loads the others). */
export function toContact(organizationUuid: string, serviceId: string, c: ContactRow): HsdsRecord {
	const id = contactUuid(organizationUuid, c);
	return compact({
		id,
		service_id: serviceId,
		name: c.name,
		title: c.role,
		email: c.email,
		phones: c.phone ? [{ id: childUuid(id, 'phone'), contact_id: id, number: c.phone }] : []
	});
}

export function toPhone(organizationUuid: string, serviceId: string, p: PhoneRow): HsdsRecord {
	return compact({
		id: childUuid(organizationUuid, `phone:${p.position}`),
		service_id: serviceId,
		number: p.number,
		description: p.label
	});
}
