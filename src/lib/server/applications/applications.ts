import type { Kysely } from 'kysely';
import { inviteToOrganization } from '../accounts/invitations';
import { createDraftOrganization } from '../coordination/organizations';
import type { ApplicationStatus, Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { applicationDeclinedMail, applicationReceivedMail } from '../mail/templates';
import type { ApplicationValues } from './application-form';

export interface Application {
	id: number;
	organizationName: string;
	contactName: string;
	email: string;
	phone: string | null;
	website: string | null;
	message: string;
	status: ApplicationStatus;
	decidedAt: string | null;
	decisionMessage: string | null;
	organizationSlug: string | null;
	createdAt: string;
}

/** Stores an application and confirms its receipt to the applicant. */
export async function submitApplication(
	db: Kysely<Database>,
	values: ApplicationValues,
	{ mailer = getMailer() }: { mailer?: Mailer } = {}
): Promise<number> {
	const { id } = await db
		.insertInto('partner_applications')
		.values({
			organization_name: values.organizationName,
			contact_name: values.contactName,
			email: values.email.toLowerCase(),
			phone: values.phone || null,
			website: values.website || null,
			message: values.message
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await mailer.send({ to: values.email, ...applicationReceivedMail({ organizationName: values.organizationName }) });
	return id;
}

/** Open applications first, then decided ones, newest first within each. */
export async function listApplications(db: Kysely<Database>): Promise<Application[]> {
	return db
		.selectFrom('partner_applications as a')
		.leftJoin('organizations as o', 'o.id', 'a.organization_id')
		.select([
			'a.id',
			'a.organization_name as organizationName',
			'a.contact_name as contactName',
			'a.email',
			'a.phone',
			'a.website',
			'a.message',
			'a.status',
			'a.decided_at as decidedAt',
			'a.decision_message as decisionMessage',
			'o.slug as organizationSlug',
			'a.created_at as createdAt'
		])
		.orderBy((eb) => eb.case().when('a.status', '=', 'pending').then(0).else(1).end())
		.orderBy('a.id', 'desc')
		.execute();
}

export class ApplicationNotPendingError extends Error {
	constructor(id: number) {
		super(`Application ${id} does not exist or was decided already`);
	}
}

export interface DecisionOptions {
	mailer?: Mailer;
	origin?: string;
	now?: Date;
}

/**
 * Accepts an application: the organization is created as a draft and the applicant is invited as
 * its first admin. Marked as decided first, so that a second click cannot create it twice.
 */
export async function acceptApplication(
	db: Kysely<Database>,
	{ applicationId, category, coordinatorId }: { applicationId: number; category: string; coordinatorId: number },
	options: DecisionOptions = {}
): Promise<{ organizationId: number; slug: string }> {
	const now = options.now ?? new Date();
	const application = await claimPending(db, applicationId, 'accepted', coordinatorId, null, now);
	const organization = await createDraftOrganization(
		db,
		{ name: application.organization_name, category, email: null },
		{ userId: coordinatorId }
	);
	await db
		.updateTable('partner_applications')
		.set({ organization_id: organization.id })
		.where('id', '=', applicationId)
		.execute();
	await inviteToOrganization(
		db,
		{ organizationId: organization.id, email: application.email, role: 'admin', invitedBy: coordinatorId },
		options
	);
	return { organizationId: organization.id, slug: organization.slug };
}

/** Declines an application and mails the coordinator's message to the applicant. */
export async function declineApplication(
	db: Kysely<Database>,
	{ applicationId, message, coordinatorId }: { applicationId: number; message: string; coordinatorId: number },
	options: DecisionOptions = {}
): Promise<void> {
	const application = await claimPending(
		db,
		applicationId,
		'declined',
		coordinatorId,
		message,
		options.now ?? new Date()
	);
	const mailer = options.mailer ?? getMailer();
	await mailer.send({
		to: application.email,
		...applicationDeclinedMail({ organizationName: application.organization_name, message })
	});
}

/** One conditional UPDATE: of two coordinators deciding at once, only one gets the application. */
async function claimPending(
	db: Kysely<Database>,
	id: number,
	status: ApplicationStatus,
	coordinatorId: number,
	message: string | null,
	now: Date
) {
	const row = await db
		.updateTable('partner_applications')
		.set({ status, decided_by: coordinatorId, decided_at: now.toISOString(), decision_message: message })
		.where('id', '=', id)
		.where('status', '=', 'pending')
		.returning(['organization_name', 'email'])
		.executeTakeFirst();
	if (!row) throw new ApplicationNotPendingError(id);
	return row;
}
