import { error, fail } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listTerms } from '../partners/queries';
import { parseGuideForm } from './guide-form';
import { getGuideForEditing } from './queries';
import { GuideLinkError } from './service';
import type { GuideInput } from './types';

// What the coordinator's guide routes share: the topic choices, the guide of the URL, and the save
// with its German answer to an unknown partner address.

export async function topicOptions(db: Kysely<Database>) {
	return (await listTerms(db, 'topic')).map((t) => ({ value: t.code, label: t.label }));
}

export async function requireGuide(db: Kysely<Database>, slug: string) {
	const guide = await getGuideForEditing(db, slug);
	if (!guide) error(404, 'Diesen Ratgeber gibt es nicht.');
	return guide;
}

/** Parses the form and runs `save`; a 400 with the entry kept when it is invalid or names unknown partners. */
export async function saveGuideForm<T>(db: Kysely<Database>, form: FormData, save: (input: GuideInput) => Promise<T>) {
	const topics = await topicOptions(db);
	const result = parseGuideForm(
		form,
		topics.map((t) => t.value)
	);
	if (!result.ok) return { failure: fail(400, { values: result.values, errors: result.errors }) } as const;
	try {
		return { saved: await save(result.input) } as const;
	} catch (cause) {
		if (!(cause instanceof GuideLinkError)) throw cause;
		const message =
			cause.field === 'partners'
				? `Diese Adressen gehören zu keinem Eintrag: ${cause.unknown.join(', ')}. Bitte prüfen Sie die Schreibweise.`
				: 'Bitte wählen Sie nur Themen aus der Liste.';
		return { failure: fail(400, { values: result.values, errors: { [cause.field]: message } }) } as const;
	}
}
