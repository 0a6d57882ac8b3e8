// Kept apart from password.ts (hashing), which the command-line scripts load outside of Vite.
import { m } from '$lib/paraglide/messages';
import commonPasswords from './common-passwords.json' with { type: 'json' };
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

// Compared lower-cased: "Password1234" is as guessable as "password1234".
const COMMON = new Set((commonPasswords as string[]).map((p) => p.toLowerCase()));

/**
 * Checks a new password against the policy (ASVS 5.0 V6.2: length, no composition rules, not a
 * common or personal password). Returns a message in the request's language saying how to fix it, or null.
 */
export function checkPasswordPolicy(password: string, person: { email: string; name?: string | null }): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) {
		return m.auth_error_password_short({ min: PASSWORD_MIN_LENGTH });
	}
	if (length > PASSWORD_MAX_LENGTH) {
		return m.auth_error_password_long({ max: PASSWORD_MAX_LENGTH });
	}
	const lower = password.normalize('NFKC').toLowerCase();
	if (COMMON.has(lower) || isRepetition(lower)) {
		return m.auth_error_password_common();
	}
	const localPart = person.email.split('@')[0]?.toLowerCase() ?? '';
	const name = person.name?.trim().toLowerCase() ?? '';
	if ((localPart.length >= 3 && lower.includes(localPart)) || (name !== '' && lower === name)) {
		return m.auth_error_password_personal();
	}
	return null;
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword": a short unit repeated fills the length cheaply. */
function isRepetition(password: string): boolean {
	for (let unit = 1; unit <= password.length / 2; unit++) {
		if (password.length % unit !== 0) continue;
		if (password.slice(0, unit).repeat(password.length / unit) === password) return true;
	}
	return false;
}
