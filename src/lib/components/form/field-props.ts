import type { HTMLInputAttributes } from 'svelte/elements';

/** What a text field of a form needs from the form's state: its id, name, value and error. */
export interface FieldProps {
	id: string;
	name: string;
	value: string;
	error: string | undefined;
}

/** What a group of checkboxes needs: its id, name, the values checked and its error. */
export interface ChoiceProps {
	id: string;
	name: string;
	selected: string[];
	error: string | undefined;
}

type Errors = Partial<Record<string, string>>;

/** The keys of a form's values whose values are of type T. */
export type KeyOf<Values, T> = { [K in keyof Values]: Values[K] extends T ? K : never }[keyof Values] & string;
/** The keys of a form row whose values are text. */
export type TextKey<Values> = KeyOf<Values, string>;

/**
 * Binds a field to the form's values and errors by its key, so a field names its key once
 * (`<TextField {...field('reason')} label="Grund" />`). `prefix` is a repeatable row's name (`closures.0.`);
 * `idPrefix` keeps ids unique where two forms share a page (`meeting-title`), as ErrorSummary's idPrefix.
 * Before the first submission there are no values or errors yet: the fields start empty.
 */
export function fieldsOf<Values>(values: Values | undefined, errors: Errors | undefined, prefix = '', idPrefix = '') {
	return <K extends TextKey<Values>>(key: K): FieldProps => ({
		id: `${idPrefix}${prefix}${key}`,
		name: `${prefix}${key}`,
		value: (values?.[key] as string | undefined) ?? '',
		error: errors?.[`${prefix}${key}`]
	});
}

/**
 * The same for a group of checkboxes (`<TermChoices {...choices('topics')} legend="Themen" … />`) or of radio
 * buttons, whose one value stands selected (`<CheckboxGroup {...choices('visibility')} type="radio" … />`).
 */
export function choicesOf<Values>(values: Values, errors: Errors, idPrefix = '') {
	return <K extends KeyOf<Values, string | string[]>>(key: K): ChoiceProps => ({
		id: `${idPrefix}${key}`,
		name: key,
		selected: [values[key] as string | string[]].flat(),
		error: errors[key]
	});
}

/**
 * One text field of a field list (`<TextFields>`): its key in the form's values, its label and what the input
 * allows. With `rows` it is a textarea of that many rows, without a one-line input.
 */
export interface TextFieldSpec<Values> {
	key: TextKey<Values>;
	label: string;
	hint?: string;
	rows?: number;
	required?: boolean;
	maxlength?: number;
	type?: 'text' | 'email' | 'tel' | 'url';
	autocomplete?: HTMLInputAttributes['autocomplete'];
	inputmode?: HTMLInputAttributes['inputmode'];
}

/** The labels of a field list by key, for the ErrorSummary above the form. */
export function labelsOf<Values>(specs: readonly TextFieldSpec<Values>[]): Record<string, string> {
	return Object.fromEntries(specs.map((spec) => [spec.key, spec.label]));
}
