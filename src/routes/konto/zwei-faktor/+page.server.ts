import { fail } from '@sveltejs/kit';
import { checkCurrentPassword } from '$lib/server/accounts/reauthentication';
import { formatManualKey, getTotpSetupKey } from '$lib/server/accounts/two-factor-settings';
import { logAuthEvent } from '$lib/server/auth/events';
import { requireUser } from '$lib/server/auth/guards';
import { markSessionTwoFactorVerified } from '$lib/server/auth/session';
import { confirmTotpSetup, createTotpUri } from '$lib/server/auth/totp';
import { formText } from '$lib/server/forms';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

type SetupErrors = { code?: string; currentPassword?: string };
const refuse = (errors: SetupErrors) => fail(400, { errors });

// requireUser, not requireCoordinator: this is where the coordinator guard sends a coordinator without two-factor.
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const mandatory = user.role === 'coordinator';
	const key = await getTotpSetupKey(getRuntime().db, user.id);
	if (!key) return { mandatory, setup: null };
	return { mandatory, setup: { uri: createTotpUri(key, user.email), manualKey: formatManualKey(key) } };
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const { db } = getRuntime();
		const ip = event.getClientAddress();
		const code = formText(form, 'code').trim();
		if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) {
			return refuse({ code: 'Bitte geben Sie den sechsstelligen Code aus Ihrer App ein.' });
		}
		const refused = await checkCurrentPassword(db, user.id, formText(form, 'currentPassword'), { ip });
		if (refused) return refuse({ currentPassword: refused });
		const recoveryCodes = await confirmTotpSetup(db, user.id, code);
		if (!recoveryCodes) {
			const error = user.totpEnabled
				? 'Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.'
				: 'Der Code stimmt nicht. Bitte prüfen Sie die Uhrzeit Ihres Telefons und geben Sie den aktuellen Code ein.';
			return refuse({ code: error });
		}
		// This session proved the new factor just now; without the mark it would be sent to the code prompt.
		await markSessionTwoFactorVerified(db, event.locals.session!.id);
		await logAuthEvent(db, 'two_factor_enabled', { userId: user.id, ip });
		return { recoveryCodes };
	}
} satisfies Actions;
