import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

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

// NFKC so that the same password typed on another keyboard or system still matches.
export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

/** Rejects when the stored hash is not a PHC string: that is corrupt data, not a wrong password. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password.normalize('NFKC'));
}
