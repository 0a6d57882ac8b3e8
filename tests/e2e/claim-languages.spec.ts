import { axeViolations } from './axe';
import { expect, test } from '@playwright/test';

// The link in a freshness reminder leads to /eintrag-uebernehmen/<token>; whoever opens it may read
// English, Polish or Czech better than German.
test.describe('the claim page in four languages', () => {
	for (const [prefix, heading, gone, contact] of [
		['', 'Eintrag übernehmen', 'Dieser Link gilt nicht mehr', 'Zum Kontaktformular'],
		['/en', 'Take over an entry', 'This link is no longer valid', 'Go to the contact form'],
		['/pl', 'Przejęcie wpisu', 'Ten link jest już nieważny', 'Do formularza kontaktowego'],
		['/cs', 'Převzetí záznamu', 'Tento odkaz již neplatí', 'Na kontaktní formulář']
	]) {
		test(`explains an unknown link in ${prefix || '/de'} and links to the contact form there`, async ({ page }) => {
			await page.goto(`${prefix}/eintrag-uebernehmen/unbekannt`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.getByRole('alert')).toContainText(gone);
			await expect(page.getByRole('link', { name: contact })).toHaveAttribute('href', `${prefix}/kontakt`);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
