import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header only; every page still checks access in its own load. */
export const load: LayoutServerLoad = ({ locals }) => {
	const { user, session } = locals;
	const signedIn = user !== null && session !== null && (!user.totpEnabled || session.twoFactorVerified);
	return { account: signedIn ? { name: user.name || user.email, isCoordinator: user.role === 'coordinator' } : null };
};
