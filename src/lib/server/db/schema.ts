import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ActionFieldTables } from './tables/action-fields';
import type { BrokeringTables } from './tables/brokering';
import type { CollaborationTables } from './tables/collaboration';
import type { GroupTables } from './tables/groups';
import type { GuideTables } from './tables/guides';
import type { NotificationTables } from './tables/notifications';
import type { ContactTables } from './tables/contact';
import type { NewsTables } from './tables/news';
import type { PoliceTables } from './tables/police';
import type { PagesTables } from './tables/pages';
import type { PartnerImportTables } from './tables/partner-import';
import type { ProposalTables } from './tables/proposals';
import type { SearchGapTables } from './tables/search-gaps';

export type Taxonomy = 'category' | 'topic' | 'target_group' | 'ortsteil' | 'language';
export type OrganizationStatus = 'draft' | 'published' | 'archived';
export type ScheduleKind = 'opening' | 'consultation';

type Timestamp = ColumnType<string, string | undefined, string>;

export interface TaxonomyTermTable {
	id: Generated<number>;
	taxonomy: Taxonomy;
	code: string;
	label: string;
	position: ColumnType<number, number | undefined, number>;
}

export interface OrganizationTable {
	id: Generated<number>;
	slug: string;
	name: string;
	short_name: string | null;
	category_id: number;
	description: string;
	offer: string;
	email: string | null;
	website: string | null;
	accessibility_note: string | null;
	/** SQLite boolean: 0 or 1. */
	wheelchair_accessible: number;
	/** ISO date (YYYY-MM-DD) of the last confirmation that the entry is current ("geprüft am"). */
	verified_at: string | null;
	status: OrganizationStatus;
	created_at: Timestamp;
	updated_at: Timestamp;
	/** Open Referral HSDS id; filled by a trigger when an insert leaves it out. */
	uuid: ColumnType<string, string | undefined, never>;
}

export interface OrganizationTermTable {
	organization_id: number;
	term_id: number;
	/** 1 for a partner's main topics and target groups, ranked first on topic pages. */
	is_main: Generated<number>;
}

export interface OrganizationTranslationTable {
	organization_id: number;
	locale: 'en' | 'pl' | 'cs';
	name: string;
	description: string;
	offer: string;
}

export interface LocationTable {
	id: Generated<number>;
	organization_id: number;
	name: string | null;
	street: string;
	postal_code: string;
	city: string;
	ortsteil_id: number | null;
	latitude: number | null;
	longitude: number | null;
	position: ColumnType<number, number | undefined, number>;
}

export interface ContactTable {
	id: Generated<number>;
	organization_id: number;
	name: string;
	role: string | null;
	phone: string | null;
	email: string | null;
	/** SQLite boolean: only persons with 1 are ever shown publicly or indexed. */
	publish_consent: number;
	consent_given_at: string | null;
	position: ColumnType<number, number | undefined, number>;
}

export interface PhoneTable {
	id: Generated<number>;
	organization_id: number;
	number: string;
	label: string | null;
	position: ColumnType<number, number | undefined, number>;
}

export interface ScheduleTable {
	id: Generated<number>;
	organization_id: number;
	kind: ScheduleKind;
	/** ISO weekday: 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** "HH:MM", local time (Europe/Berlin). */
	opens_at: string;
	closes_at: string;
	note: string | null;
}

/** Days a partner is closed (inclusive "YYYY-MM-DD" range in Europe/Berlin), with the reason shown. */
export interface ClosureTable {
	id: Generated<number>;
	organization_id: number;
	starts_on: string;
	ends_on: string;
	reason: string;
}

/** A concept of the search vocabulary; `words` one per line, `topic_codes` space-separated. */
export interface SearchVocabularyTable {
	id: Generated<number>;
	label: string;
	search_terms: string;
	topic_codes: ColumnType<string, string | undefined, string>;
	words: string;
	danger: ColumnType<number, number | undefined, number>;
	updated_at: ColumnType<string, string | undefined, string>;
}

export interface SearchOutboxTable {
	id: Generated<number>;
	index_uid: string;
	document_id: string;
	created_at: Timestamp;
	attempts: ColumnType<number, number | undefined, number>;
	last_error: string | null;
	/** Set once Meilisearch confirmed the entry; kept a while so that a running reindex can replay it. */
	delivered_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export type UserRole = 'coordinator' | 'partner';
/** How a person is mailed about proposals, meetings and announcements. */
export type NotificationMode = 'immediate' | 'daily' | 'off';
export type MembershipRole = 'admin' | 'editor';
export type OneTimeTokenPurpose = 'password_reset' | 'invitation' | 'email_change';
export type AuthEventKind =
	| 'login_success'
	| 'login_failure'
	| 'lockout'
	| 'logout'
	| 'password_reset_requested'
	| 'password_reset'
	| 'password_changed'
	| 'two_factor_enabled'
	| 'two_factor_disabled'
	| 'two_factor_failure'
	| 'recovery_code_used'
	| 'account_disabled'
	| 'account_enabled'
	| 'invitation_accepted'
	| 'email_changed'
	| 'account_deleted'
	| 'reauthentication_failure';

export interface UserTable {
	id: Generated<number>;
	/** Always lower-cased. */
	email: string;
	name: ColumnType<string, string | undefined, string>;
	/** argon2id PHC string; null until an invited person sets a password. */
	password_hash: string | null;
	role: UserRole;
	disabled_at: string | null;
	totp_key: Uint8Array | null;
	/** Set once the person confirmed a first code; the key alone does not enable two-factor. */
	totp_enabled_at: string | null;
	totp_last_step: number | null;
	notification_mode: ColumnType<NotificationMode, NotificationMode | undefined, NotificationMode>;
	/** Lets the unsubscribe link in notification mails switch them off; created with the first one. */
	unsubscribe_token: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface SessionTable {
	/** The id part of the token `id.secret`. */
	id: string;
	user_id: number;
	/** SHA-256 of the secret part; the secret itself is never stored. */
	secret_hash: Uint8Array;
	/** SQLite boolean. */
	two_factor_verified: number;
	created_at: string;
	last_used_at: string;
	/** Inactivity expiry, pushed forward while the session is used. */
	expires_at: string;
	absolute_expires_at: string;
}

export interface MembershipTable {
	user_id: number;
	organization_id: number;
	role: MembershipRole;
	created_at: Timestamp;
}

export interface OneTimeTokenTable {
	id: Generated<number>;
	user_id: number;
	purpose: OneTimeTokenPurpose;
	/** SHA-256 of the token; the token itself is only ever sent to its owner. */
	token_hash: Uint8Array;
	payload: string | null;
	created_at: Timestamp;
	expires_at: string;
	used_at: string | null;
}

export interface RecoveryCodeTable {
	id: Generated<number>;
	user_id: number;
	code_hash: Uint8Array;
	used_at: string | null;
}

export interface AuthEventTable {
	id: Generated<number>;
	user_id: number | null;
	kind: AuthEventKind;
	ip: string | null;
	created_at: Timestamp;
}

export type ServiceAreaKind = 'buergerpolizei' | 'schulbezirk' | 'schulsozialarbeit' | 'sonstige';
export type StreetParity = 'all' | 'odd' | 'even';

export interface ServiceAreaTable {
	id: Generated<number>;
	organization_id: number;
	kind: ServiceAreaKind;
	name: string;
	note: string | null;
	created_at: Timestamp;
}

export interface ServiceAreaOrtsteilTable {
	service_area_id: number;
	ortsteil_id: number;
}

export interface ServiceAreaStreetTable {
	id: Generated<number>;
	service_area_id: number;
	/** As the coordinator wrote it; shown to citizens. */
	street_name: string;
	/** normalizeStreet(street_name): what lookups compare. */
	street_key: string;
	postal_code: string | null;
	/** Null: from the first house number on. */
	from_number: number | null;
	/** Null: up to the last house number. */
	to_number: number | null;
	parity: ColumnType<StreetParity, StreetParity | undefined, StreetParity>;
}

export interface AuditLogTable {
	id: Generated<number>;
	organization_id: number;
	actor_id: number | null;
	/** Which part of the profile changed, e.g. "name", "contacts", "status". */
	field: string;
	old_value: string | null;
	new_value: string | null;
	created_at: Timestamp;
}

export interface OrganizationLogoTable {
	organization_id: number;
	image: Uint8Array;
	content_type: string;
	width: number;
	height: number;
	updated_at: Timestamp;
}

export type ApplicationStatus = 'pending' | 'accepted' | 'declined';

export interface PartnerApplicationTable {
	id: Generated<number>;
	organization_name: string;
	contact_name: string;
	email: string;
	phone: string | null;
	website: string | null;
	message: string;
	status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
	decided_by: number | null;
	decided_at: string | null;
	/** The coordinator's message to the applicant when declining. */
	decision_message: string | null;
	/** The draft organization created when the application was accepted. */
	organization_id: number | null;
	created_at: Timestamp;
}

export type EntryClaimStatus = 'sent' | 'requested' | 'accepted' | 'declined';

/** A one-time link to claim an entry without accounts, from its freshness reminder; only the token's SHA-256 is stored. */
export interface EntryClaimTable {
	id: Generated<number>;
	organization_id: number;
	token_hash: Uint8Array;
	status: ColumnType<EntryClaimStatus, EntryClaimStatus | undefined, EntryClaimStatus>;
	claimant_name: string | null;
	claimant_email: string | null;
	requested_at: string | null;
	decided_by: number | null;
	decided_at: string | null;
	created_at: Timestamp;
	expires_at: string;
}

export interface FreshnessReminderTable {
	id: Generated<number>;
	organization_id: number;
	/** How many addresses the reminder went to. */
	recipients: number;
	sent_at: string;
}

// Tables of later domains are declared in ./tables/<domain>.ts and joined here by extension.
export interface Database
	extends
		ActionFieldTables,
		NotificationTables,
		CollaborationTables,
		ContactTables,
		NewsTables,
		PoliceTables,
		PagesTables,
		BrokeringTables,
		ProposalTables,
		PartnerImportTables,
		GroupTables,
		GuideTables,
		SearchGapTables {
	taxonomy_terms: TaxonomyTermTable;
	search_vocabulary: SearchVocabularyTable;
	organizations: OrganizationTable;
	organization_terms: OrganizationTermTable;
	organization_translations: OrganizationTranslationTable;
	locations: LocationTable;
	contacts: ContactTable;
	phones: PhoneTable;
	schedules: ScheduleTable;
	closures: ClosureTable;
	search_outbox: SearchOutboxTable;
	users: UserTable;
	sessions: SessionTable;
	memberships: MembershipTable;
	one_time_tokens: OneTimeTokenTable;
	recovery_codes: RecoveryCodeTable;
	auth_events: AuthEventTable;
	service_areas: ServiceAreaTable;
	service_area_ortsteile: ServiceAreaOrtsteilTable;
	service_area_streets: ServiceAreaStreetTable;
	audit_log: AuditLogTable;
	organization_logos: OrganizationLogoTable;
	partner_applications: PartnerApplicationTable;
	freshness_reminders: FreshnessReminderTable;
	entry_claims: EntryClaimTable;
}

export type TaxonomyTerm = Selectable<TaxonomyTermTable>;
export type Organization = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type OrganizationUpdate = Updateable<OrganizationTable>;
export type Contact = Selectable<ContactTable>;
export type Location = Selectable<LocationTable>;
export type Phone = Selectable<PhoneTable>;
export type Schedule = Selectable<ScheduleTable>;
export type SearchOutboxEntry = Selectable<SearchOutboxTable>;
export type Membership = Selectable<MembershipTable>;
export type AuthEvent = Selectable<AuthEventTable>;
export type ServiceArea = Selectable<ServiceAreaTable>;
export type ServiceAreaStreet = Selectable<ServiceAreaStreetTable>;
export type AuditLogEntry = Selectable<AuditLogTable>;
