import { fail } from '@sveltejs/kit';
import { NAME_MAX_LENGTH, parseDisplayName, parseEmailAddress } from '$lib/server/accounts/account-fields';
import { m } from '$lib/paraglide/messages';
import { findOpenClaim, requestClaim } from '$lib/server/freshness/claims';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

// Public: the link from a freshness reminder. Nothing is granted here; the coordinator confirms.
export const load: PageServerLoad = async ({ params }) => {
	const claim = await findOpenClaim(getRuntime().db, params.token);
	return { organizationName: claim?.organizationName ?? null };
};

export const actions = {
	default: async ({ params, request }) => {
		const form = await request.formData();
		const values = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
		const name = parseDisplayName(values.name);
		const email = parseEmailAddress(values.email);
		if (!name.ok || !email.ok) {
			// A public page: the messages come in the visitor's language.
			const errors = {
				...(name.ok ? {} : { name: m.contact_claim_error_name({ max: NAME_MAX_LENGTH }) }),
				...(email.ok ? {} : { email: m.contact_claim_error_email() })
			};
			return fail(400, { values, errors });
		}
		if (!(await requestClaim(getRuntime().db, params.token, { name: name.value, email: email.value }))) {
			return fail(410, { values, gone: true });
		}
		return { requested: true };
	}
} satisfies Actions;
