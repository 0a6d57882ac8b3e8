import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's builder for a page, in legacy mode: axe runs inside the page in one pass. The default mode
 * runs axe partially per frame and merges the results in a blank page it opens for that, which takes
 * two to three times as long per check; it exists for frames from other origins, and the portal's
 * pages have no frames.
 */
export function axeBuilder({ page }: { page: Page }): AxeBuilder {
	return new AxeBuilder({ page }).setLegacyMode();
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it stands, one line each with the elements hit. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await axeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return result.violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`
	);
}
