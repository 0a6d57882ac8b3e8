import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';
import type { Database, MembershipRole, UserRole } from '../db/schema';
import { addMembership, createUser, getUserByEmail } from '../auth/users';
import { sealTotpKey } from '../auth/totp-key-cipher';

export interface DemoAccount {
	email: string;
	password: string;
	name: string;
	role: UserRole;
	/** The demo partner (by slug) the person works for, and their role there. */
	organization: { slug: string; role: MembershipRole } | null;
}

/**
 * Fixed base32 TOTP key of the demo coordinator, so that the demo (and the end-to-end tests) can
 * compute the codes. Public by design: it must never protect a real installation.
 */
export const DEMO_COORDINATOR_TOTP_KEY = 'KPRZITTAUDEMOKOORDINATIONTOTP234';

export const DEMO_ACCOUNTS = {
	coordinator: {
		email: 'koordination@example.org',
		password: 'Koordination-Demo-2026',
		name: 'Katrin Koordinatorin',
		role: 'coordinator',
		organization: null
	},
	policeAdmin: {
		email: 'revier@example.org',
		password: 'Partner-Demo-2026-Revier',
		name: 'Robert Revier',
		role: 'partner',
		organization: { slug: 'polizeirevier-zittau', role: 'admin' }
	},
	schoolEditor: {
		email: 'schule@example.org',
		password: 'Partner-Demo-2026-Schule',
		name: 'Sandra Schulz',
		role: 'partner',
		organization: { slug: 'oberschule-am-toepferberg', role: 'editor' }
	},
	associationAdmin: {
		email: 'verein@example.org',
		password: 'Partner-Demo-2026-Verein',
		name: 'Volker Verein',
		role: 'partner',
		organization: { slug: 'verkehrswacht-zittau', role: 'admin' }
	}
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountName = keyof typeof DEMO_ACCOUNTS;

/**
 * Creates the demo accounts (or keeps those already there) and their memberships in the demo
 * partners; the coordinator gets two-factor with the fixed demo key.
 */
export async function seedDemoAccounts(db: Kysely<Database>, now = new Date()): Promise<void> {
	for (const account of Object.values(DEMO_ACCOUNTS) as DemoAccount[]) {
		const userId = (await getUserByEmail(db, account.email))?.id ?? (await createUser(db, account));
		if (account.organization) {
			const organization = await db
				.selectFrom('organizations')
				.select(['id'])
				.where('slug', '=', account.organization.slug)
				.executeTakeFirstOrThrow();
			await addMembership(db, userId, organization.id, account.organization.role);
		}
		if (account.role === 'coordinator') {
			await db
				.updateTable('users')
				.set({
					totp_key: sealTotpKey(decodeBase32IgnorePadding(DEMO_COORDINATOR_TOTP_KEY)),
					totp_enabled_at: now.toISOString()
				})
				.where('id', '=', userId)
				.where('totp_enabled_at', 'is', null)
				.execute();
		}
	}
}
