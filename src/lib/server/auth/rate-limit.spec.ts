import { describe, expect, it } from 'vitest';
import { KeyedLimiter, LoginThrottle } from './rate-limit';
import { retryMessage } from './retry-message';

const MINUTE = 60 * 1000;

function manualClock() {
	let now = Date.parse('2026-11-02T08:00:00.000Z');
	return { clock: () => now, advance: (ms: number) => (now += ms) };
}

/** One failed login, begun and finished as authenticate() does. */
function fail(throttle: LoginThrottle, email: string, address: string): boolean {
	expect(throttle.begin(email, address)).toBe(0);
	return throttle.finish(email, address, false);
}

describe('login throttling', () => {
	it('locks an account for 15 minutes after 5 failures within 15 minutes', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 1; i <= 4; i++) {
			expect(fail(throttle, 'anna@example.org', '192.0.2.1')).toBe(false);
			expect(throttle.retryAfter('anna@example.org', '192.0.2.1')).toBe(0);
		}
		expect(fail(throttle, 'anna@example.org', '192.0.2.1')).toBe(true);
		expect(throttle.retryAfter('anna@example.org', '192.0.2.1')).toBe(15 * MINUTE);
	});

	it('locks the account from every address, also for an email that differs only in case', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 0; i < 5; i++) fail(throttle, 'anna@example.org', `192.0.2.${i}`);
		expect(throttle.retryAfter(' Anna@Example.org', '198.51.100.7')).toBe(15 * MINUTE);
		expect(throttle.retryAfter('bernd@example.org', '198.51.100.7')).toBe(0);
	});

	it('releases the account once the lockout is over', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 0; i < 5; i++) fail(throttle, 'anna@example.org', '192.0.2.1');
		time.advance(14 * MINUTE);
		expect(throttle.retryAfter('anna@example.org', '192.0.2.1')).toBe(MINUTE);
		time.advance(MINUTE);
		expect(throttle.retryAfter('anna@example.org', '192.0.2.1')).toBe(0);
		expect(fail(throttle, 'anna@example.org', '192.0.2.1')).toBe(false);
	});

	it('forgets failures older than the 15-minute window', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 0; i < 4; i++) fail(throttle, 'anna@example.org', '192.0.2.1');
		time.advance(15 * MINUTE);
		expect(fail(throttle, 'anna@example.org', '192.0.2.1')).toBe(false);
		expect(throttle.retryAfter('anna@example.org', '192.0.2.1')).toBe(0);
	});

	it('clears the account failures after a successful login', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 0; i < 4; i++) fail(throttle, 'anna@example.org', '192.0.2.1');
		throttle.begin('anna@example.org', '192.0.2.1');
		throttle.finish('anna@example.org', '192.0.2.1', true);
		expect(fail(throttle, 'anna@example.org', '192.0.2.1')).toBe(false);
	});

	it('blocks a client address that tries 20 different accounts, but not other addresses', () => {
		const time = manualClock();
		const throttle = new LoginThrottle({ clock: time.clock });
		for (let i = 1; i < 20; i++) expect(fail(throttle, `person${i}@example.org`, '203.0.113.9')).toBe(false);
		expect(fail(throttle, 'person20@example.org', '203.0.113.9')).toBe(true);
		expect(throttle.retryAfter('somebody@example.org', '203.0.113.9')).toBe(15 * MINUTE);
		expect(throttle.retryAfter('somebody@example.org', '192.0.2.1')).toBe(0);
	});
});

describe('a limiter for any key', () => {
	it('allows the limit per window and then blocks the key for the block time', () => {
		const time = manualClock();
		const limiter = new KeyedLimiter({ limit: 3, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE, clock: time.clock });
		expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([false, false, true]);
		expect(limiter.retryAfter('a')).toBe(60 * MINUTE);
		expect(limiter.retryAfter('b')).toBe(0);
		time.advance(60 * MINUTE);
		expect(limiter.retryAfter('a')).toBe(0);
	});

	it('still counts correctly after sweeping thousands of stale keys', () => {
		const time = manualClock();
		const limiter = new KeyedLimiter({ limit: 2, windowMs: MINUTE, blockMs: MINUTE, clock: time.clock });
		for (let i = 0; i < 1500; i++) limiter.hit(`stale-${i}`);
		time.advance(MINUTE);
		expect(limiter.hit('fresh')).toBe(false);
		expect(limiter.hit('fresh')).toBe(true);
	});
});

describe('attempts that run in parallel', () => {
	it('lets no more attempts run at once than the limit allows to fail', () => {
		const time = manualClock();
		const limiter = new KeyedLimiter({ limit: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE, clock: time.clock });
		const started = Array.from({ length: 30 }, () => limiter.begin('anna')).filter((wait) => wait === 0);
		expect(started).toHaveLength(5);
		const blocked = started.map(() => limiter.finish('anna', true));
		expect(blocked).toEqual([false, false, false, false, true]);
		expect(limiter.begin('anna')).toBe(15 * MINUTE);
	});

	it('frees the slot of an attempt that succeeded', () => {
		const limiter = new KeyedLimiter({ limit: 2, windowMs: MINUTE, blockMs: MINUTE });
		expect([limiter.begin('a'), limiter.begin('a'), limiter.begin('a')]).toEqual([0, 0, 1000]);
		limiter.finish('a', false);
		expect(limiter.begin('a')).toBe(0);
	});
});

describe('the German wait message', () => {
	it('rounds up to whole minutes', () => {
		expect(retryMessage(14 * MINUTE + 1)).toBe('Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut.');
		expect(retryMessage(20_000)).toBe('Zu viele Versuche. Bitte versuchen Sie es in einer Minute erneut.');
	});
});
