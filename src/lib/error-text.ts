/** What went wrong, as text for a log line or a report: the message of an Error, anything else as a string. */
export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
