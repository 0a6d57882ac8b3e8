import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import commonPasswords from './common-passwords.json' with { type: 'json' };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. `Algorithm` is a const enum, which
// isolatedModules cannot reference by name; 2 is Argon2id.
const ARGON2_OPTIONS: Options = {
	algorithm: 2 as Algorithm,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
};

// Compared lower-cased: "Password1234" is as guessable as "password1234".
const COMMON = new Set((commonPasswords as string[]).map((p) => p.toLowerCase()));

// NFKC so that the same password typed on another keyboard or system still matches.
export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

/** Rejects when the stored hash is not a PHC string: that is corrupt data, not a wrong password. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password.normalize('NFKC'));
}

/**
 * Checks a new password against the policy (ASVS 5.0 V6.2: length, no composition rules, not a
 * common or personal password). Returns a German message saying how to fix it, or null.
 */
export function checkPasswordPolicy(
	password: string,
	person: { email: string; name?: string | null }
): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) {
		return `Das Passwort ist zu kurz: Bitte verwenden Sie mindestens ${PASSWORD_MIN_LENGTH} Zeichen, gern einen ganzen Satz.`;
	}
	if (length > PASSWORD_MAX_LENGTH) {
		return `Das Passwort ist zu lang: Bitte verwenden Sie höchstens ${PASSWORD_MAX_LENGTH} Zeichen.`;
	}
	const lower = password.normalize('NFKC').toLowerCase();
	if (COMMON.has(lower) || isRepetition(lower)) {
		return 'Dieses Passwort ist sehr verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.';
	}
	const localPart = person.email.split('@')[0]?.toLowerCase() ?? '';
	const name = person.name?.trim().toLowerCase() ?? '';
	if ((localPart.length >= 3 && lower.includes(localPart)) || (name !== '' && lower === name)) {
		return 'Das Passwort darf nicht Ihren Namen oder Ihre E-Mail-Adresse enthalten. Bitte wählen Sie ein anderes.';
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
