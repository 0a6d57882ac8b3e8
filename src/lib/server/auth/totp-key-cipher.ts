import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config';

// TOTP keys are stored sealed with AES-256-GCM, so that a copy of the database (a backup, a stolen
// disk) does not hand out every second factor. Layout: version byte, 12-byte nonce, ciphertext, 16-byte tag.
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SECRET_FILE = 'totp-encryption.key';

export function sealTotpKey(key: Uint8Array, secret: Buffer = getTotpSecret()): Uint8Array {
	const nonce = randomBytes(NONCE_BYTES);
	const cipher = createCipheriv('aes-256-gcm', secret, nonce);
	const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
	return Buffer.concat([Buffer.from([VERSION]), nonce, sealed, cipher.getAuthTag()]);
}

/** The plain key; throws when the stored value was not sealed with this secret. */
export function openTotpKey(stored: Uint8Array, secret: Buffer = getTotpSecret()): Uint8Array {
	const data = Buffer.from(stored);
	if (data[0] !== VERSION || data.length <= 1 + NONCE_BYTES + TAG_BYTES) throw new Error('TOTP key is not sealed');
	const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(1, 1 + NONCE_BYTES));
	decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
	return new Uint8Array(
		Buffer.concat([decipher.update(data.subarray(1 + NONCE_BYTES, data.length - TAG_BYTES)), decipher.final()])
	);
}

/** Plain keys are 20 bytes, sealed ones longer and versioned. */
export function isSealedTotpKey(stored: Uint8Array): boolean {
	return stored[0] === VERSION && stored.byteLength > 1 + NONCE_BYTES + TAG_BYTES;
}

let cached: Buffer | undefined;

/**
 * TOTP_ENCRYPTION_KEY (64 hex characters), required in production; elsewhere a key generated once
 * into the data folder (0600), so the demo and development need no set-up.
 */
export function getTotpSecret(env: Record<string, string | undefined> = process.env): Buffer {
	if (cached) return cached;
	const config = readConfig(env);
	const configured = env.TOTP_ENCRYPTION_KEY;
	if (configured) {
		if (!/^[0-9a-f]{64}$/i.test(configured))
			throw new Error('TOTP_ENCRYPTION_KEY must be 64 hex characters (openssl rand -hex 32)');
		cached = Buffer.from(configured, 'hex');
	} else if (config.production) {
		throw new Error(
			'TOTP_ENCRYPTION_KEY fehlt: im Produktivbetrieb bitte mit `openssl rand -hex 32` erzeugen und setzen.'
		);
	} else {
		cached = readOrCreateSecretFile(path.join(config.dataDir, SECRET_FILE));
	}
	return cached;
}

function readOrCreateSecretFile(file: string): Buffer {
	fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
	try {
		fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}
