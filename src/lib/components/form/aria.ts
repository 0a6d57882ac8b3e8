/** The ids that describe a field: its hint and its error, in the order screen readers should read them. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
	return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** `aria-invalid` as KERN expects it: present only on a field with an error. */
export function invalid(error: string | undefined): 'true' | undefined {
	return error ? 'true' : undefined;
}
