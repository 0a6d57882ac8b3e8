import { HONEYPOT_FIELD } from '../public-form-guard';
import { getRuntime } from '../runtime';
import { CONTACT_TOPICS, LIMITS } from './contact-form';

/** What the page of a public contact form needs besides its texts. */
export function contactFormPageData() {
	return {
		topics: CONTACT_TOPICS,
		limits: LIMITS,
		retentionMonths: getRuntime().config.contactRetentionMonths,
		honeypot: HONEYPOT_FIELD
	};
}
