/** A form as the browser sends it: each field once, a list field once per value. */
export function formData(fields: Record<string, string | readonly string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
	return data;
}
