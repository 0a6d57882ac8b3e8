// "PDF, 1,2 MB": the format and size of a download, so people know what they get before they click.

export function formatFileSize(bytes: number, locale: string): string {
	const megabytes = bytes / 1_000_000;
	const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: 1
	}).format(value);
}
