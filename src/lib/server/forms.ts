/** A text field of a posted form; '' when missing or when a file was posted under that name. */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}
