export type Clock = () => number;

const MINUTE_MS = 60 * 1000;
// Entries are swept only when the map has grown, so a quiet server does no work for it.
const SWEEP_ABOVE = 1000;

interface Entry {
	count: number;
	windowEndsAt: number;
	blockedUntil: number;
}

export interface LimiterOptions {
	/** Hits allowed per window; the hit that reaches it blocks the key. */
	limit: number;
	windowMs: number;
	/** How long a key stays blocked once it reached the limit. */
	blockMs: number;
	clock?: Clock;
}

/**
 * Fixed-window counter per key (an email, a client address) kept in memory: enough for one
 * server process, and it forgets everything on restart, which only ever lets people in again.
 */
export class KeyedLimiter {
	readonly #entries = new Map<string, Entry>();
	readonly #options: Required<LimiterOptions>;

	constructor(options: LimiterOptions) {
		this.#options = { clock: Date.now, ...options };
	}

	/** Milliseconds until the key may try again; 0 when it may now. */
	retryAfter(key: string): number {
		const entry = this.#entries.get(key);
		if (!entry) return 0;
		return Math.max(0, entry.blockedUntil - this.#options.clock());
	}

	/** Counts one hit; true when this hit blocked the key. */
	hit(key: string): boolean {
		const now = this.#options.clock();
		if (this.#entries.size > SWEEP_ABOVE) this.#sweep(now);
		let entry = this.#entries.get(key);
		if (!entry || now >= entry.windowEndsAt) {
			entry = { count: 0, windowEndsAt: now + this.#options.windowMs, blockedUntil: entry?.blockedUntil ?? 0 };
			this.#entries.set(key, entry);
		}
		entry.count += 1;
		if (entry.count < this.#options.limit) return false;
		entry.count = 0;
		entry.windowEndsAt = now + this.#options.windowMs;
		entry.blockedUntil = now + this.#options.blockMs;
		return true;
	}

	clear(key: string): void {
		this.#entries.delete(key);
	}

	#sweep(now: number): void {
		for (const [key, entry] of this.#entries) {
			if (now >= entry.windowEndsAt && now >= entry.blockedUntil) this.#entries.delete(key);
		}
	}
}

export interface LoginThrottleOptions {
	accountLimit?: number;
	addressLimit?: number;
	windowMs?: number;
	lockoutMs?: number;
	clock?: Clock;
}

/**
 * Login throttling (ASVS V6.3.1): failures count per account and per client address. The account
 * key is the typed email whether or not it is registered, so that a lockout reveals nothing.
 */
export class LoginThrottle {
	readonly #accounts: KeyedLimiter;
	readonly #addresses: KeyedLimiter;

	constructor({
		accountLimit = 5,
		addressLimit = 20,
		windowMs = 15 * MINUTE_MS,
		lockoutMs = 15 * MINUTE_MS,
		clock = Date.now
	}: LoginThrottleOptions = {}) {
		this.#accounts = new KeyedLimiter({ limit: accountLimit, windowMs, blockMs: lockoutMs, clock });
		this.#addresses = new KeyedLimiter({ limit: addressLimit, windowMs, blockMs: lockoutMs, clock });
	}

	/** Milliseconds to wait before this email may be tried from this address; 0 when it may now. */
	retryAfter(email: string, address: string): number {
		return Math.max(this.#accounts.retryAfter(accountKey(email)), this.#addresses.retryAfter(address));
	}

	/** Counts a failed login; true when it locked the account or the address (log a lockout). */
	recordFailure(email: string, address: string): boolean {
		const account = this.#accounts.hit(accountKey(email));
		const client = this.#addresses.hit(address);
		return account || client;
	}

	/** A correct password clears the account's failures; the address keeps its count. */
	recordSuccess(email: string): void {
		this.#accounts.clear(accountKey(email));
	}
}

function accountKey(email: string): string {
	return email.trim().toLowerCase();
}
