/** The webcal:// form of a feed address: calendar programs open it as a subscription, not a download. */
export function webcalUrl(feedUrl: string): string {
	return feedUrl.replace(/^https?:\/\//, 'webcal://');
}
