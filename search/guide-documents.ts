import { markdownToPlainText } from '../src/lib/server/markdown/render';
import { GUIDE_LOCALES, type GuideLocale, type SearchableGuide } from '../src/lib/server/guides/types';

type PerLocale<Name extends string> = Record<`${Name}_${GuideLocale}`, string>;

/**
 * What the `guides` index holds for one published guide: its texts in every language side by side,
 * so that a query in any language finds it; a language without a translation repeats the German text.
 */
export type GuideDocument = {
	id: number;
	slug: string;
	aboutDanger: boolean;
	topics: string[];
	topicCodes: string[];
} & PerLocale<'title'> &
	PerLocale<'summary'> &
	PerLocale<'keywords'> &
	PerLocale<'body'>;

export function buildGuideDocument(guide: SearchableGuide): GuideDocument {
	const document: Record<string, unknown> = {
		id: guide.id,
		slug: guide.slug,
		aboutDanger: guide.aboutDanger,
		topics: guide.topics.map((t) => t.label),
		topicCodes: guide.topics.map((t) => t.code)
	};
	for (const locale of GUIDE_LOCALES) {
		const texts = guide.texts[locale] ?? guide.texts.de!;
		document[`title_${locale}`] = texts.title;
		document[`summary_${locale}`] = texts.summary;
		// Only the language's own keywords: German search words must not make an English guide look translated.
		document[`keywords_${locale}`] = guide.texts[locale]?.keywords ?? '';
		document[`body_${locale}`] = markdownToPlainText(`${texts.firstSteps}\n\n${texts.emergency}`);
	}
	return document as GuideDocument;
}

/** The fields of a hit in the reader's language. */
export function guideFields(locale: string) {
	const lang: GuideLocale = (GUIDE_LOCALES as readonly string[]).includes(locale) ? (locale as GuideLocale) : 'de';
	return { title: `title_${lang}`, summary: `summary_${lang}` } as const;
}
