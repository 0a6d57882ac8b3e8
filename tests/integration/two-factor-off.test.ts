import { generateTOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { turnOffTwoFactor } from '../../src/lib/server/accounts/two-factor-settings';
import { beginTotpSetup, confirmTotpSetup } from '../../src/lib/server/auth/totp';
import { createUser } from '../../src/lib/server/auth/users';
import { useTestDatabase } from '../helpers/test-database';

const PASSWORD = 'Ein langer Satz als Passwort';

describe('turning two-factor sign-in off', () => {
	const t = useTestDatabase();

	async function personWithTwoFactor(email: string, role: 'partner' | 'coordinator') {
		const id = await createUser(t.db, { email, name: 'Erika Muster', role, password: PASSWORD });
		const key = (await beginTotpSetup(t.db, id))!;
		await confirmTotpSetup(t.db, id, generateTOTP(key, 30, 6));
		return { id, role, totpEnabled: true };
	}

	const enabledAt = async (id: number) =>
		(await t.db.selectFrom('users').select('totp_enabled_at').where('id', '=', id).executeTakeFirstOrThrow())
			.totp_enabled_at;

	it('turns it off for a partner who confirms with the password, and logs it', async () => {
		const partner = await personWithTwoFactor('partner@schule.example', 'partner');
		expect(await turnOffTwoFactor(t.db, partner, PASSWORD, { ip: '192.0.2.1' })).toEqual({ ok: true });
		expect(await enabledAt(partner.id)).toBeNull();
		const events = await t.db.selectFrom('auth_events').select('kind').where('user_id', '=', partner.id).execute();
		expect(events.map((e) => e.kind)).toContain('two_factor_disabled');
	});

	it('keeps it on for a wrong password and for the coordination in any case', async () => {
		const partner = await personWithTwoFactor('zweite@schule.example', 'partner');
		expect(await turnOffTwoFactor(t.db, partner, 'falsch', { ip: null })).toMatchObject({ ok: false, status: 400 });
		const coordinator = await personWithTwoFactor('koordination@zittau.example', 'coordinator');
		expect(await turnOffTwoFactor(t.db, coordinator, PASSWORD, { ip: null })).toEqual({
			ok: false,
			status: 403,
			error: 'Für die Koordinierungsstelle ist die Zwei-Faktor-Anmeldung vorgeschrieben.'
		});
		expect(await enabledAt(partner.id)).not.toBeNull();
		expect(await enabledAt(coordinator.id)).not.toBeNull();
	});
});
