import { fail } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listPeople, SelfDisableError, setPersonDisabled } from '$lib/server/coordination/people';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const coordinator = requireCoordinator(event);
	return { people: await listPeople(getRuntime().db), currentUserId: coordinator.id };
};

async function setDisabled(event: RequestEvent, disabled: boolean) {
	const coordinator = requireCoordinator(event);
	const userId = Number((await event.request.formData()).get('userId'));
	if (!Number.isSafeInteger(userId)) return fail(400, { message: 'Diese Person wurde nicht gefunden.' });
	try {
		await setPersonDisabled(getRuntime().db, {
			userId,
			disabled,
			actorId: coordinator.id,
			ip: event.getClientAddress()
		});
	} catch (error) {
		if (error instanceof SelfDisableError)
			return fail(400, { message: 'Sie können Ihr eigenes Konto nicht sperren.' });
		throw error;
	}
	return { changed: disabled ? 'gesperrt' : 'entsperrt' };
}

export const actions = {
	sperren: (event) => setDisabled(event, true),
	entsperren: (event) => setDisabled(event, false)
} satisfies Actions;
