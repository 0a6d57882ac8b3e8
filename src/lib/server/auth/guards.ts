import { error, redirect } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, MembershipRole } from '../db/schema';
import type { Session, SessionUser } from './session';

export const LOGIN_PATH = '/anmelden';
/** Where a session of an account with two-factor is sent until its code was entered. */
export const TWO_FACTOR_PATH = '/anmelden/zwei-faktor';
/** Where a coordinator without two-factor is sent to set it up before anything else. */
export const TWO_FACTOR_SETUP_PATH = '/konto/zwei-faktor';

/** The part of a RequestEvent the guards read; the session hook fills `locals`. */
export interface GuardEvent {
	locals: { user: SessionUser | null; session: Session | null };
	url: URL;
}

export type OrganizationAccess = MembershipRole | 'coordinator';

/**
 * The logged-in user, or a 303 to the login page that comes back here afterwards. A session of
 * an account with two-factor counts only once its code was entered.
 */
export function requireUser(event: GuardEvent): SessionUser {
	const { user, session } = event.locals;
	if (!user || !session) {
		const back = new URLSearchParams({ weiter: event.url.pathname + event.url.search });
		redirect(303, `${LOGIN_PATH}?${back}`);
	}
	if (user.totpEnabled && !session.twoFactorVerified) redirect(303, TWO_FACTOR_PATH);
	return user;
}

/** A coordinator with two-factor in use; 403 for everyone else who is logged in. */
export function requireCoordinator(event: GuardEvent): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'coordinator') error(403, 'Dieser Bereich ist der Koordinierungsstelle vorbehalten.');
	if (!user.totpEnabled && event.url.pathname !== TWO_FACTOR_SETUP_PATH) redirect(303, TWO_FACTOR_SETUP_PATH);
	return user;
}

/**
 * The user and their access to one organization, checked in the database on every call: a member
 * with one of `roles`, or a coordinator (always allowed). 403 for anyone else.
 */
export async function requireOrganizationRole(
	event: GuardEvent,
	db: Kysely<Database>,
	organizationId: number,
	roles: readonly MembershipRole[]
): Promise<{ user: SessionUser; access: OrganizationAccess }> {
	const user = requireUser(event);
	if (user.role === 'coordinator') return { user: requireCoordinator(event), access: 'coordinator' };
	const membership = await db
		.selectFrom('memberships')
		.select(['role'])
		.where('user_id', '=', user.id)
		.where('organization_id', '=', organizationId)
		.executeTakeFirst();
	if (!membership || !roles.includes(membership.role)) {
		error(403, 'Sie haben keine Berechtigung für diese Organisation.');
	}
	return { user, access: membership.role };
}

const SAME_SITE = 'http://same.invalid';

/**
 * The `weiter` target of the login form if it stays on this site; anything else ("https://…",
 * "//host", "/\\host", "/<tab>/host", which browsers all read as another host) would make the
 * login page an open redirect. Parsed the way a browser parses it, and the normalized path is
 * checked again: "/.//host", "/..//host" and "/%2e//host" normalize to "//host", which a browser
 * reads as another host once it arrives in a Location header.
 */
export function safeRedirectTarget(target: string | null, fallback = '/intern'): string {
	if (!target?.startsWith('/')) return fallback;
	const url = new URL(target, SAME_SITE);
	if (url.origin !== SAME_SITE) return fallback;
	const normalized = url.pathname + url.search + url.hash;
	if (/^[/\\]{2}/.test(normalized) || new URL(normalized, SAME_SITE).origin !== SAME_SITE) return fallback;
	return normalized;
}
