import type { Kysely } from 'kysely';
import { readConfig } from '../config';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { entryClaimReminderMail, freshnessReminderMail } from '../mail/templates';
import { CLAIM_PATH, createClaimLink } from './claims';
import { freshnessOf, reminderPeriodStart, type Freshness } from './periods';
import { errorText } from '$lib/error-text';
import { firstPhoneNumber } from '../partners/first-phone';

export interface StaleEntry {
	organizationId: number;
	slug: string;
	name: string;
	/** ISO date of "geprüft am"; null when it was never confirmed. */
	verifiedAt: string | null;
	freshness: Exclude<Freshness, 'current'>;
	lastReminderAt: string | null;
	/** True when this period's reminder has gone out. */
	remindedThisPeriod: boolean;
	email: string | null;
	/** The entry's first public phone number, for entries that can only be called. */
	phone: string | null;
	/** False when nobody has an account: the reminder then goes to the public email with a link to claim the entry. */
	hasAccounts: boolean;
	recipients: string[];
}

/** Published entries not confirmed for six months or more, the longest-unconfirmed first. */
export async function listStaleEntries(db: Kysely<Database>, now = new Date()): Promise<StaleEntry[]> {
	const organizations = await db
		.selectFrom('organizations as o')
		.select((eb) => [
			'o.id',
			'o.slug',
			'o.name',
			'o.verified_at',
			'o.created_at',
			'o.email',
			eb
				.selectFrom('freshness_reminders as r')
				.select((r) => r.fn.max('r.sent_at').as('last'))
				.whereRef('r.organization_id', '=', 'o.id')
				.as('last_reminder_at'),
			firstPhoneNumber(eb).as('phone')
		])
		.where('o.status', '=', 'published')
		.execute();
	const members = await db
		.selectFrom('memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['m.organization_id', 'u.email'])
		.where('u.disabled_at', 'is', null)
		.where('u.password_hash', 'is not', null)
		.orderBy('u.email')
		.execute();

	const stale: (StaleEntry & { since: Date })[] = [];
	for (const o of organizations) {
		const since = new Date(o.verified_at ?? o.created_at);
		const freshness = freshnessOf(since, now);
		if (freshness === 'current') continue;
		const periodStart = reminderPeriodStart(since, now);
		const lastReminderAt = (o.last_reminder_at as string | null) ?? null;
		const recipients = members.filter((m) => m.organization_id === o.id).map((m) => m.email);
		stale.push({
			since,
			organizationId: o.id,
			slug: o.slug,
			name: o.name,
			verifiedAt: o.verified_at,
			freshness,
			lastReminderAt,
			remindedThisPeriod:
				lastReminderAt !== null && periodStart !== null && new Date(lastReminderAt) >= periodStart,
			email: o.email,
			phone: o.phone ?? null,
			hasAccounts: recipients.length > 0,
			// Without accounts, the organization's public address is the only way to reach it.
			recipients: recipients.length > 0 ? recipients : o.email ? [o.email] : []
		});
	}
	return stale.sort((a, b) => a.since.getTime() - b.since.getTime()).map(({ since: _, ...entry }) => entry);
}

export interface ReminderReport {
	sent: { slug: string; name: string; recipients: number }[];
	/** Entries nobody can be mailed about: no account and no public email address. */
	unreachable: { slug: string; name: string }[];
	failed: { slug: string; name: string; error: string }[];
}

/**
 * Mails the reminder for every overdue entry that has not had one in its current six-month
 * period, one mail per recipient, and records the sending. A failed delivery is reported and not
 * recorded, so the next run tries again.
 */
export async function sendFreshnessReminders(
	db: Kysely<Database>,
	{
		mailer = getMailer(),
		origin = readConfig().origin,
		now = new Date()
	}: { mailer?: Mailer; origin?: string; now?: Date } = {}
): Promise<ReminderReport> {
	if (!origin) throw new Error('ORIGIN is not configured: reminder links need the public address');
	const report: ReminderReport = { sent: [], unreachable: [], failed: [] };
	for (const entry of await listStaleEntries(db, now)) {
		if (entry.remindedThisPeriod) continue;
		if (entry.recipients.length === 0) {
			report.unreachable.push({ slug: entry.slug, name: entry.name });
			continue;
		}
		const confirmedAt = entry.verifiedAt ? new Date(entry.verifiedAt) : null;
		const mail = entry.hasAccounts
			? freshnessReminderMail({
					organizationName: entry.name,
					confirmedAt,
					link: new URL(`/intern/organisation/${entry.slug}`, origin).toString()
				})
			: entryClaimReminderMail({
					organizationName: entry.name,
					confirmedAt,
					claimLink: new URL(
						`${CLAIM_PATH}/${await createClaimLink(db, entry.organizationId, now)}`,
						origin
					).toString(),
					contactLink: new URL('/kontakt', origin).toString()
				});
		try {
			for (const to of entry.recipients) await mailer.send({ to, ...mail });
		} catch (error) {
			report.failed.push({ slug: entry.slug, name: entry.name, error: errorText(error) });
			continue;
		}
		await db
			.insertInto('freshness_reminders')
			.values({
				organization_id: entry.organizationId,
				recipients: entry.recipients.length,
				sent_at: now.toISOString()
			})
			.execute();
		report.sent.push({ slug: entry.slug, name: entry.name, recipients: entry.recipients.length });
	}
	return report;
}
