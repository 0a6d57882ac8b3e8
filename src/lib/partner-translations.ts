// A partner's name, description and offer in English, Polish and Czech, entered by the partner
// beside the German text. Shared by the editing form, the search index and the public pages.

export const TRANSLATION_LOCALES = ['en', 'pl', 'cs'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export const TRANSLATED_FIELDS = ['name', 'description', 'offer'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** Empty text means "not translated". */
export type TranslatedTexts = Record<TranslatedField, string>;
export type PartnerTranslations = Partial<Record<TranslationLocale, TranslatedTexts>>;

/** A text to show and the language it is written in; `lang` undefined when it is the page's own. */
export interface LocalText {
	text: string;
	lang: string | undefined;
}

export const LANGUAGE_NAMES: Record<TranslationLocale, string> = { en: 'Englisch', pl: 'Polnisch', cs: 'Tschechisch' };

export function isTranslationLocale(locale: string): locale is TranslationLocale {
	return (TRANSLATION_LOCALES as readonly string[]).includes(locale);
}

/**
 * The partner's text for a page in `locale`: the translation, marked with its language, or the
 * German text, marked as German on a page in another language (as screen readers need it).
 */
export function partnerText(
	partner: TranslatedTexts & { translations: PartnerTranslations },
	field: TranslatedField,
	locale: string
): LocalText {
	if (!isTranslationLocale(locale)) return { text: partner[field], lang: undefined };
	const translated = partner.translations[locale]?.[field] ?? '';
	return translated !== '' ? { text: translated, lang: locale } : { text: partner[field], lang: 'de' };
}

/** Only the languages with at least one translated text, each text trimmed. */
export function compactTranslations(translations: PartnerTranslations): PartnerTranslations {
	const kept: PartnerTranslations = {};
	for (const locale of TRANSLATION_LOCALES) {
		const texts = translations[locale];
		if (!texts) continue;
		const trimmed = { name: texts.name.trim(), description: texts.description.trim(), offer: texts.offer.trim() };
		if (TRANSLATED_FIELDS.some((field) => trimmed[field] !== '')) kept[locale] = trimmed;
	}
	return kept;
}
