import { fail, redirect } from '@sveltejs/kit';
import { deleteAccount } from '$lib/server/accounts/account-deletion';
import { parseDisplayName, parseEmailAddress } from '$lib/server/accounts/account-fields';
import { setDisplayName } from '$lib/server/accounts/display-name';
import { requestEmailChange } from '$lib/server/accounts/email-change';
import { changePassword } from '$lib/server/accounts/password-change';
import { checkCurrentPassword } from '$lib/server/accounts/reauthentication';
import { turnOffTwoFactor } from '$lib/server/accounts/two-factor-settings';
import { countUnusedRecoveryCodes, regenerateRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { deleteSessionCookie, isSecureOrigin } from '$lib/server/auth/session-cookie';
import { listMemberships } from '$lib/server/auth/users';
import { formText } from '$lib/server/forms';
import { getNotificationMode, parseNotificationMode, setNotificationMode } from '$lib/server/notifications/preference';
import { getRuntime } from '$lib/server/runtime';
import { requireAccountOwner } from './account-guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireAccountOwner(event);
	const { db } = getRuntime();
	return {
		account: { name: user.name, email: user.email, role: user.role, totpEnabled: user.totpEnabled },
		unusedRecoveryCodes: user.totpEnabled ? await countUnusedRecoveryCodes(db, user.id) : 0,
		memberships: await listMemberships(db, user.id),
		notificationMode: await getNotificationMode(db, user.id)
	};
};

export const actions = {
	name: async (event) => {
		const user = requireAccountOwner(event);
		const value = formText(await event.request.formData(), 'name');
		const name = parseDisplayName(value);
		if (!name.ok) return fail(400, { name: { value, error: name.error } });
		await setDisplayName(getRuntime().db, user.id, name.value);
		return { name: { value: name.value, saved: true } };
	},

	benachrichtigungen: async (event) => {
		const user = requireAccountOwner(event);
		const mode = parseNotificationMode(formText(await event.request.formData(), 'mode'));
		if (!mode)
			return fail(400, { notifications: { error: 'Bitte wählen Sie, wie Sie benachrichtigt werden möchten.' } });
		await setNotificationMode(getRuntime().db, user.id, mode);
		return { notifications: { saved: true } };
	},

	email: async (event) => {
		const user = requireAccountOwner(event);
		const form = await event.request.formData();
		const value = formText(form, 'email');
		const email = parseEmailAddress(value);
		if (!email.ok) return fail(400, { email: { value, errors: { email: email.error } } });
		if (email.value === user.email) {
			return fail(400, { email: { value, errors: { email: 'Das ist bereits Ihre E-Mail-Adresse.' } } });
		}
		const { db } = getRuntime();
		const refused = await checkCurrentPassword(db, user.id, formText(form, 'currentPassword'), {
			ip: event.getClientAddress()
		});
		if (refused) return fail(400, { email: { value, errors: { currentPassword: refused } } });
		await requestEmailChange(db, user.id, email.value, { origin: getRuntime().config.origin });
		return { email: { value: '', sentTo: email.value } };
	},

	passwort: async (event) => {
		const user = requireAccountOwner(event);
		const form = await event.request.formData();
		const errors = await changePassword(
			getRuntime().db,
			{
				userId: user.id,
				sessionId: event.locals.session!.id,
				currentPassword: formText(form, 'currentPassword'),
				newPassword: formText(form, 'newPassword'),
				repeatedPassword: formText(form, 'repeatedPassword')
			},
			{ ip: event.getClientAddress() }
		);
		if (errors) return fail(400, { password: { errors } });
		return { password: { saved: true } };
	},

	wiederherstellungscodes: async (event) => {
		const user = requireAccountOwner(event);
		if (!user.totpEnabled)
			return fail(400, { codes: { error: 'Die Zwei-Faktor-Anmeldung ist nicht eingerichtet.' } });
		const { db } = getRuntime();
		const password = formText(await event.request.formData(), 'currentPassword');
		const refused = await checkCurrentPassword(db, user.id, password, { ip: event.getClientAddress() });
		if (refused) return fail(400, { codes: { error: refused } });
		return { codes: { recoveryCodes: await regenerateRecoveryCodes(db, user.id) } };
	},

	zweiFaktorAus: async (event) => {
		const user = requireAccountOwner(event);
		const password = formText(await event.request.formData(), 'currentPassword');
		const result = await turnOffTwoFactor(getRuntime().db, user, password, { ip: event.getClientAddress() });
		if (!result.ok) return fail(result.status, { twoFactor: { error: result.error } });
		return { twoFactor: { disabled: true } };
	},

	loeschen: async (event) => {
		const user = requireAccountOwner(event);
		const form = await event.request.formData();
		const typed = formText(form, 'confirmEmail');
		if (typed.trim().toLowerCase() !== user.email) {
			const error = 'Bitte geben Sie zur Bestätigung genau Ihre E-Mail-Adresse ein.';
			return fail(400, { deletion: { value: typed, errors: { confirmEmail: error } } });
		}
		const { db, config } = getRuntime();
		const ip = event.getClientAddress();
		const refused = await checkCurrentPassword(db, user.id, formText(form, 'currentPassword'), { ip });
		if (refused) return fail(400, { deletion: { value: typed, errors: { currentPassword: refused } } });
		if ((await deleteAccount(db, user.id, { ip })) === 'last_coordinator') {
			const error =
				'Sie sind die einzige aktive Person der Koordinierungsstelle. Bitte richten Sie zuerst ein weiteres Konto für die Koordinierungsstelle ein.';
			return fail(409, { deletion: { value: typed, errors: { confirmEmail: error } } });
		}
		deleteSessionCookie(event.cookies, isSecureOrigin(config.origin));
		redirect(303, '/konto/geloescht');
	}
} satisfies Actions;
