import { formText } from '../forms';
import { tooLongMessage } from '$lib/validation/length';
import type { GuideInput, GuideTextsInput } from './types';

// The guide editor's forms: one parser each, German messages that say how to fix the entry.

export type GuideFormValues = Omit<GuideInput, 'partners'> & { partners: string };
export type GuideFormErrors = Partial<Record<keyof GuideFormValues, string>>;
export type GuideTextsErrors = Partial<Record<keyof GuideTextsInput, string>>;

const LIMITS: Record<keyof GuideTextsInput, { label: string; min: number; max: number }> = {
	title: { label: 'Die Überschrift', min: 3, max: 120 },
	summary: { label: 'Die Kurzfassung', min: 10, max: 300 },
	firstSteps: { label: 'Der Text „Erste Schritte“', min: 10, max: 10_000 },
	emergency: { label: 'Der Text „Wann 110 oder 112?“', min: 10, max: 3_000 },
	keywords: { label: 'Die Suchwörter', min: 0, max: 1_000 }
};

const TOO_SHORT: Record<keyof GuideTextsInput, string> = {
	title: 'Bitte geben Sie eine Überschrift mit mindestens 3 Zeichen an.',
	summary: 'Bitte fassen Sie in einem Satz zusammen, worum es geht (mindestens 10 Zeichen).',
	firstSteps: 'Bitte schreiben Sie die ersten Schritte auf (mindestens 10 Zeichen).',
	emergency: 'Bitte schreiben Sie, wann man 110 oder 112 anrufen soll (mindestens 10 Zeichen).',
	keywords: ''
};

/** The texts of a guide in one language: the German form and each translation use this. */
export function parseGuideTexts(form: FormData): { values: GuideTextsInput; errors: GuideTextsErrors } {
	const markdown = (name: string) => formText(form, name).replace(/\r\n/g, '\n').trimEnd();
	const values: GuideTextsInput = {
		title: formText(form, 'title').trim(),
		summary: formText(form, 'summary').trim(),
		firstSteps: markdown('firstSteps'),
		emergency: markdown('emergency'),
		keywords: formText(form, 'keywords').trim()
	};
	const errors: GuideTextsErrors = {};
	for (const key of Object.keys(LIMITS) as (keyof GuideTextsInput)[]) {
		const { label, min, max } = LIMITS[key];
		const length = values[key].trim().length;
		if (length < min) errors[key] = TOO_SHORT[key];
		else if (values[key].length > max) errors[key] = tooLongMessage(label, max, values[key].length);
	}
	return { values, errors };
}

export type GuideFormParse =
	| { ok: true; values: GuideFormValues; input: GuideInput }
	| { ok: false; values: GuideFormValues; errors: GuideFormErrors };

/** The German guide with its settings; `topicCodes` are the topics that exist. */
export function parseGuideForm(form: FormData, topicCodes: readonly string[]): GuideFormParse {
	const texts = parseGuideTexts(form);
	const values: GuideFormValues = {
		...texts.values,
		aboutDanger: form.get('aboutDanger') === 'on',
		published: form.get('published') === 'on',
		topics: form.getAll('topics').filter((v): v is string => typeof v === 'string'),
		partners: formText(form, 'partners').trim()
	};
	const errors: GuideFormErrors = { ...texts.errors };
	if (values.topics.some((code) => !topicCodes.includes(code))) {
		errors.topics = 'Bitte wählen Sie nur Themen aus der Liste.';
	}
	const partners = parsePartnerSlugs(values.partners);
	if (partners.length > 12) errors.partners = 'Bitte verknüpfen Sie höchstens 12 Partner; die wichtigsten zuerst.';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, values, input: { ...texts.values, ...values, partners } };
}

/** One partner address per line ("polizeirevier-zittau" or "/netzwerk/polizeirevier-zittau"), each once. */
export function parsePartnerSlugs(text: string): string[] {
	const slugs = text
		.split(/[\n,]/)
		.map((line) =>
			line
				.trim()
				.replace(/^.*\/netzwerk\//, '')
				.replace(/\/$/, '')
		)
		.filter((line) => line !== '');
	return [...new Set(slugs)];
}
