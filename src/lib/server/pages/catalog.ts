import type { PageSlug } from '../../pages/slugs';
import { aboutKpr, coordinationOffice, securityAnalysis } from './templates/kpr';
import { accessibility } from './templates/barrierefreiheit';
import { privacy } from './templates/datenschutz';
import { imprint } from './templates/impressum';
import { easyLanguage } from './templates/leichte-sprache';
import type { PageTemplate } from './templates/template';

// A page that was never saved shows its template, so a fresh installation has an Impressum and a
// privacy notice from its first start; the first save keeps the template as the oldest revision.
export const PAGE_TEMPLATES: Record<PageSlug, PageTemplate> = {
	'ueber-den-kpr': aboutKpr,
	sicherheitsanalyse: securityAnalysis,
	koordinierungsstelle: coordinationOffice,
	impressum: imprint,
	datenschutz: privacy,
	barrierefreiheit: accessibility,
	'leichte-sprache': easyLanguage
};
