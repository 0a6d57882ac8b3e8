import type { Closure } from '../../closed-days';
import type { PartnerTranslations } from '../../partner-translations';
import type { OrganizationStatus, ScheduleKind } from '../db/schema';

/** What the profile a partner writes and the one citizens see have alike: names, texts, ways to reach it. */
interface PartnerCore {
	slug: string;
	name: string;
	shortName: string | null;
	description: string;
	offer: string;
	/** English, Polish and Czech versions of name, description and offer; only languages with text. */
	translations: PartnerTranslations;
	email: string | null;
	website: string | null;
	accessibilityNote: string | null;
	wheelchairAccessible: boolean;
	verifiedAt: string | null;
	phones: PhoneInput[];
	schedules: ScheduleInput[];
	closures: ClosureInput[];
}

/** A profile's terms as codes, by taxonomy. */
export interface PartnerTermCodes {
	topics: string[];
	/** The topics and target groups most central to the partner; each is also in `topics`/`targetGroups`. */
	mainTopics: string[];
	targetGroups: string[];
	mainTargetGroups: string[];
	languages: string[];
	ortsteile: string[];
}

/** Everything a partner profile holds, as the service writes it; taxonomy values are term codes. */
export interface PartnerInput extends PartnerCore, PartnerTermCodes {
	category: string;
	status: OrganizationStatus;
	address: AddressInput | null;
	contacts: ContactInput[];
}

/** Days closed besides the weekly hours, "YYYY-MM-DD" both inclusive; public holidays are computed. */
export type ClosureInput = Closure;

export interface AddressInput {
	name: string | null;
	street: string;
	postalCode: string;
	city: string;
	ortsteil: string | null;
	latitude: number | null;
	longitude: number | null;
}

export interface PhoneInput {
	number: string;
	label: string | null;
}

export interface ContactInput {
	name: string;
	role: string | null;
	phone: string | null;
	email: string | null;
	publishConsent: boolean;
	consentGivenAt: string | null;
}

export interface ScheduleInput {
	kind: ScheduleKind;
	weekday: number;
	opensAt: string;
	closesAt: string;
	note: string | null;
}

export interface TermRef {
	code: string;
	label: string;
}

/** A published partner as citizens see it: only consenting contact persons are included. */
export interface PublicPartner extends PartnerCore {
	id: number;
	category: TermRef;
	topics: TermRef[];
	mainTopicCodes: string[];
	targetGroups: TermRef[];
	mainTargetGroupCodes: string[];
	languages: TermRef[];
	ortsteile: TermRef[];
	updatedAt: string;
	address: (Omit<AddressInput, 'ortsteil'> & { ortsteil: TermRef | null }) | null;
	contacts: Omit<ContactInput, 'publishConsent' | 'consentGivenAt'>[];
}
