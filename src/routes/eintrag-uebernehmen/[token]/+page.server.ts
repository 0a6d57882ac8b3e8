import { fail } from '@sveltejs/kit';
import { parseDisplayName, parseEmailAddress } from '$lib/server/accounts/account-fields';
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
			return fail(400, {
				values,
				errors: { ...(name.ok ? {} : { name: name.error }), ...(email.ok ? {} : { email: email.error }) }
			});
		}
		if (!(await requestClaim(getRuntime().db, params.token, { name: name.value, email: email.value }))) {
			return fail(410, { values, gone: true });
		}
		return { requested: true };
	}
} satisfies Actions;
