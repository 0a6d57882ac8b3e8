import type { Kysely } from 'kysely';
import type { AuthEventKind, Database, MembershipRole, UserRole } from '../db/schema';
import { exportContributions, type ExportedContributions } from './export-contributions';
import { exportCorrespondence, exportDecisions } from './export-correspondence';

/**
 * Everything the portal keeps about one person (GDPR Art. 15 and 20), as they may download it:
 * their account, what they wrote or subscribed to, what they were sent and what they decided.
 * Built from explicit columns only: no password hash, TOTP key, token, code or session secret.
 * tests/integration/account-export.test.ts fails when a table gains a column pointing at a person
 * that this export does not cover.
 */
export interface AccountExport extends Awaited<ReturnType<typeof exportCorrespondence>> {
	exportedAt: string;
	account: {
		email: string;
		name: string;
		role: UserRole;
		createdAt: string;
		updatedAt: string;
		twoFactorEnabledAt: string | null;
		unusedRecoveryCodes: number;
	};
	memberships: { organization: string; slug: string; role: MembershipRole; since: string }[];
	sessions: { createdAt: string; lastUsedAt: string; expiresAt: string }[];
	authEvents: { kind: AuthEventKind; ip: string | null; at: string }[];
	/** Which profile fields the person changed; the values belong to the organizations. */
	profileChanges: { organizationId: number; organization: string | null; field: string; at: string }[];
	contributions: ExportedContributions;
	decisions: Awaited<ReturnType<typeof exportDecisions>>;
}

export async function exportAccountData(
	db: Kysely<Database>,
	userId: number,
	now = new Date()
): Promise<AccountExport> {
	const [user, recoveryCodes, memberships, sessions, events, changes] = await Promise.all([
		db
			.selectFrom('users')
			.select(['email', 'name', 'role', 'created_at', 'updated_at', 'totp_enabled_at'])
			.where('id', '=', userId)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('recovery_codes')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('user_id', '=', userId)
			.where('used_at', 'is', null)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('memberships')
			.innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
			.select(['organizations.name', 'organizations.slug', 'memberships.role', 'memberships.created_at'])
			.where('memberships.user_id', '=', userId)
			.orderBy('organizations.name')
			.execute(),
		db
			.selectFrom('sessions')
			.select(['created_at', 'last_used_at', 'expires_at'])
			.where('user_id', '=', userId)
			.orderBy('created_at')
			.execute(),
		db
			.selectFrom('auth_events')
			.select(['kind', 'ip', 'created_at'])
			.where('user_id', '=', userId)
			.orderBy('id')
			.execute(),
		db
			.selectFrom('audit_log')
			.leftJoin('organizations', 'organizations.id', 'audit_log.organization_id')
			.select(['audit_log.organization_id', 'organizations.name', 'audit_log.field', 'audit_log.created_at'])
			.where('audit_log.actor_id', '=', userId)
			.orderBy('audit_log.id')
			.execute()
	]);
	const [correspondence, contributions, decisions] = await Promise.all([
		exportCorrespondence(db, userId, user.email),
		exportContributions(db, userId),
		exportDecisions(db, userId)
	]);
	return {
		exportedAt: now.toISOString(),
		account: {
			email: user.email,
			name: user.name,
			role: user.role,
			createdAt: user.created_at,
			updatedAt: user.updated_at,
			twoFactorEnabledAt: user.totp_enabled_at,
			unusedRecoveryCodes: Number(recoveryCodes.count)
		},
		memberships: memberships.map((m) => ({
			organization: m.name,
			slug: m.slug,
			role: m.role,
			since: m.created_at
		})),
		sessions: sessions.map((s) => ({
			createdAt: s.created_at,
			lastUsedAt: s.last_used_at,
			expiresAt: s.expires_at
		})),
		authEvents: events.map((e) => ({ kind: e.kind, ip: e.ip, at: e.created_at })),
		profileChanges: changes.map((c) => ({
			organizationId: c.organization_id,
			organization: c.name,
			field: c.field,
			at: c.created_at
		})),
		...correspondence,
		contributions,
		decisions
	};
}
