/** What a text field of a form needs from the form's state: its id (also its name), value and error. */
export interface FieldProps {
	id: string;
	value: string;
	error: string | undefined;
}

/** The keys of a form row whose values are text. */
export type TextKey<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values] & string;

/**
 * Binds a field to the form's values and errors by its key, so a field names its key once
 * (`<TextField {...field('reason')} label="Grund" />`). `prefix` is a repeatable row's name (`closures.0.`).
 */
export function fieldsOf<Values>(values: Values, errors: Record<string, string>, prefix = '') {
	return <K extends TextKey<Values>>(key: K): FieldProps => ({
		id: `${prefix}${key}`,
		value: values[key] as string,
		error: errors[`${prefix}${key}`]
	});
}
