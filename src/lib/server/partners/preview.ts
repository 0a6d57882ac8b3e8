import { berlinParts } from '$lib/validation/berlin-time';
import type { TermOptions } from './profile-terms';
import type { PartnerInput, PublicPartner, TermRef } from './types';

/**
 * The stored profile as citizens would see it once published: term codes with their labels and,
 * as on the public page, only contact persons who consented.
 */
export function previewPartner(id: number, input: PartnerInput, terms: TermOptions, updatedAt: string): PublicPartner {
	const label = (list: TermRef[], code: string): TermRef =>
		list.find((t) => t.code === code) ?? { code, label: code };
	const refs = (list: TermRef[], codes: string[]) => codes.map((code) => label(list, code));
	return {
		id,
		slug: input.slug,
		name: input.name,
		shortName: input.shortName,
		category: label(terms.category, input.category),
		description: input.description,
		offer: input.offer,
		topics: refs(terms.topic, input.topics),
		mainTopicCodes: input.mainTopics,
		targetGroups: refs(terms.target_group, input.targetGroups),
		mainTargetGroupCodes: input.mainTargetGroups,
		languages: refs(terms.language, input.languages),
		ortsteile: refs(terms.ortsteil, input.ortsteile),
		translations: input.translations,
		email: input.email,
		website: input.website,
		accessibilityNote: input.accessibilityNote,
		wheelchairAccessible: input.wheelchairAccessible,
		verifiedAt: input.verifiedAt,
		updatedAt,
		address: input.address
			? {
					...input.address,
					ortsteil: input.address.ortsteil ? label(terms.ortsteil, input.address.ortsteil) : null
				}
			: null,
		phones: input.phones,
		contacts: input.contacts
			.filter((c) => c.publishConsent)
			.map(({ name, role, phone, email }) => ({ name, role, phone, email })),
		schedules: input.schedules,
		// As citizens will see it: past closures are not shown.
		closures: input.closures.filter((c) => c.endsOn >= berlinParts(new Date()).date)
	};
}
