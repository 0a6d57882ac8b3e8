export type Clock = () => number;

const MINUTE_MS = 60 * 1000;
// Answer to an attempt that would exceed the limit if the attempts still running all fail.
const BUSY_RETRY_MS = 1000;
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
	/** Attempts begun and not finished yet, per key: they count against the limit while they run. */
	readonly #running = new Map<string, number>();
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

	/**
	 * Reserves one attempt before an asynchronous check (a password hash takes a while): attempts
	 * still running count against the limit, so parallel requests cannot all pass a check made
	 * before any of them failed. 0 means go, and then `finish` must follow; else milliseconds to wait.
	 */
	begin(key: string): number {
		const wait = this.retryAfter(key);
		if (wait > 0) return wait;
		const now = this.#options.clock();
		const entry = this.#entries.get(key);
		const counted = entry && now < entry.windowEndsAt ? entry.count : 0;
		const running = this.#running.get(key) ?? 0;
		if (counted + running >= this.#options.limit) return BUSY_RETRY_MS;
		this.#running.set(key, running + 1);
		return 0;
	}

	/** Ends an attempt `begin` let through; a failure counts as a hit (true when it blocked the key). */
	finish(key: string, failed: boolean): boolean {
		const running = (this.#running.get(key) ?? 1) - 1;
		if (running > 0) this.#running.set(key, running);
		else this.#running.delete(key);
		if (failed) return this.hit(key);
		return false;
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

	/**
	 * Reserves a login attempt before the password is checked (see KeyedLimiter.begin): 0 means go
	 * and `finish` must follow, else milliseconds to wait.
	 */
	begin(email: string, address: string): number {
		const account = this.#accounts.begin(accountKey(email));
		if (account > 0) return account;
		const client = this.#addresses.begin(address);
		if (client > 0) this.#accounts.finish(accountKey(email), false);
		return client;
	}

	/**
	 * Ends an attempt: a failure counts per account and address (true when it locked one of them;
	 * log a lockout), a correct password clears the account's failures while the address keeps its count.
	 */
	finish(email: string, address: string, succeeded: boolean): boolean {
		const account = this.#accounts.finish(accountKey(email), !succeeded);
		const client = this.#addresses.finish(address, !succeeded);
		if (succeeded) this.#accounts.clear(accountKey(email));
		return account || client;
	}
}

function accountKey(email: string): string {
	return email.trim().toLowerCase();
}
