import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { renderMarkdown } from '../markdown/render';
import { partnerText } from '$lib/partner-translations';
import { getPublicPartners } from '../partners/queries';
import { getGuideTranslation, getPublishedGuide, listGuidePartnerRows, listGuideTopics, toTextsInput } from './queries';

// What the public guide page shows: Markdown rendered and sanitized, only published partners.

export async function loadPublicGuide(db: Kysely<Database>, slug: string, locale: string) {
	const guide = await getPublishedGuide(db, slug);
	if (!guide) return null;
	const translation =
		locale === 'en' || locale === 'pl' || locale === 'cs' ? await getGuideTranslation(db, guide.id, locale) : null;
	const texts = translation ?? toTextsInput(guide);
	const [topics, partnerRows] = await Promise.all([
		listGuideTopics(db, [guide.id]),
		listGuidePartnerRows(db, [guide.id])
	]);
	const partners = await getPublicPartners(
		db,
		partnerRows.map((p) => p.id)
	);
	const order = partnerRows.map((p) => p.id);
	return {
		slug,
		title: texts.title,
		summary: texts.summary,
		firstStepsHtml: renderMarkdown(texts.firstSteps),
		emergencyHtml: renderMarkdown(texts.emergency),
		aboutDanger: guide.about_danger === 1,
		language: translation ? locale : 'de',
		updatedAt: translation?.updatedAt ?? guide.created_at,
		topics: topics.map(({ code, label }) => ({ code, label })),
		partners: partners
			.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
			.map((p) => ({
				slug: p.slug,
				name: partnerText(p, 'name', locale),
				address: p.address ? `${p.address.street}, ${p.address.postalCode} ${p.address.city}` : null,
				phones: p.phones,
				email: p.email,
				website: p.website
			}))
	};
}

export type PublicGuide = NonNullable<Awaited<ReturnType<typeof loadPublicGuide>>>;
