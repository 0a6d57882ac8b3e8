import type { Migration } from 'kysely';
import * as partnerDirectory from './2026_11_25_0700_partner_directory';
import * as taxonomies from './2026_11_25_0701_taxonomies';
import * as outboxDelivery from './2026_11_25_0710_outbox_delivery';
import * as accounts from './2026_11_26_0900_accounts';
import * as responsibilityAreas from './2026_11_26_0930_responsibility_areas';
import * as auditLogAndLogos from './2026_11_26_1000_audit_log_and_logos';
import * as applicationsAndReminders from './2026_11_26_1100_applications_and_reminders';
import * as notificationsAndActionFields from './2026_12_01_0900_notifications_and_action_fields';
import * as notificationQueue from './2026_12_01_0905_notification_queue';
import * as collaborationCore from './2026_12_01_0910_collaboration_core';
import * as officerPhotos from './2026_12_01_1000_officer_photos';
import * as news from './2026_12_01_1100_news';
import * as contentPages from './2026_12_01_1200_content_pages';
import * as contactMessages from './2026_12_01_1300_contact_messages';
import * as proposalDiscussion from './2026_12_01_1400_proposal_discussion';
import * as workingGroupMeetings from './2026_12_01_1500_working_group_meetings';
import * as brokering from './2026_12_01_1600_brokering';
import * as pageTranslations from './2026_12_01_1700_page_translations';
import * as searchVocabulary from './2026_12_02_0900_search_vocabulary';
import * as partnerTranslations from './2026_12_02_0930_partner_translations_and_main_terms';
import * as videoChunks from './2026_12_02_1000_video_chunks';
import * as sealTotpKeys from './2026_12_02_1001_seal_totp_keys';
import * as areaStreetRevisions from './2026_12_02_1100_area_street_revisions';
import * as entryClaims from './2026_12_02_1110_entry_claims';
import * as hsdsUuids from './2026_12_02_1200_hsds_uuids';
import * as guides from './2026_12_02_1900_guides';
import * as closures from './2026_12_02_1910_closures';
import * as partnerImportJobs from './2026_12_02_1920_partner_import_jobs';
import * as searchGaps from './2026_12_03_0300_search_gaps';
import * as vocabularyEverydayWords from './2026_12_03_0400_search_vocabulary_everyday_words';
import * as vocabularyDescribedSituations from './2026_12_03_0700_search_vocabulary_described_situations';
import * as vocabularyMissingClasses from './2026_12_03_1000_search_vocabulary_missing_classes';
import * as vocabularyPartnerCoverage from './2026_12_03_1400_search_vocabulary_partner_coverage';
import * as vocabularySituationsAndRoles from './2026_12_03_1700_search_vocabulary_situations_and_roles';
import * as vocabularyEverydayNeeds from './2026_12_03_2000_search_vocabulary_everyday_needs';
import * as vocabularySituationsAndAnswers from './2026_12_03_2200_search_vocabulary_situations_and_answers';
import * as vocabularyActsAndPlaces from './2026_12_04_0000_search_vocabulary_acts_and_places';
import * as vocabularyActsOverSettings from './2026_12_04_0500_search_vocabulary_acts_over_settings';
import * as vocabularyEverydaySituations from './2026_12_04_1200_search_vocabulary_everyday_situations';
import * as vocabularyEverydayClasses from './2026_12_04_1400_search_vocabulary_everyday_classes';
import * as vocabularyNeedsAcrossLanguages from './2026_12_04_1800_search_vocabulary_needs_across_languages';
import * as vocabularyClassesOfNeed from './2026_12_04_1900_search_vocabulary_classes_of_need';
import * as vocabularyNeedsOfSetFourteen from './2026_12_04_2000_search_vocabulary_needs_of_set_fourteen';
import * as vocabularyNeedsOfSetFifteen from './2026_12_04_2100_search_vocabulary_needs_of_set_fifteen';
import * as vocabularyNeedsOfSetSixteen from './2026_12_04_2200_search_vocabulary_needs_of_set_sixteen';
import * as vocabularyNeedsOfSetSeventeen from './2026_12_04_2300_search_vocabulary_needs_of_set_seventeen';
import * as vocabularyNeedsOfSetEighteen from './2026_12_05_0000_search_vocabulary_needs_of_set_eighteen';
import * as vocabularyNeedsOfSetNineteen from './2026_12_05_0100_search_vocabulary_needs_of_set_nineteen';
import * as vocabularyNeedsOfSetTwenty from './2026_12_05_0200_search_vocabulary_needs_of_set_twenty';

// Listed statically so that the built server (which has no .ts loader) carries them in its bundle.
export const migrations: Record<string, Migration> = {
	'2026_11_25_0700_partner_directory': partnerDirectory,
	'2026_11_25_0701_taxonomies': taxonomies,
	'2026_11_25_0710_outbox_delivery': outboxDelivery,
	'2026_11_26_0900_accounts': accounts,
	'2026_11_26_0930_responsibility_areas': responsibilityAreas,
	'2026_11_26_1000_audit_log_and_logos': auditLogAndLogos,
	'2026_11_26_1100_applications_and_reminders': applicationsAndReminders,
	'2026_12_01_0900_notifications_and_action_fields': notificationsAndActionFields,
	'2026_12_01_0905_notification_queue': notificationQueue,
	'2026_12_01_0910_collaboration_core': collaborationCore,
	'2026_12_01_1000_officer_photos': officerPhotos,
	'2026_12_01_1100_news': news,
	'2026_12_01_1200_content_pages': contentPages,
	'2026_12_01_1300_contact_messages': contactMessages,
	'2026_12_01_1400_proposal_discussion': proposalDiscussion,
	'2026_12_01_1500_working_group_meetings': workingGroupMeetings,
	'2026_12_01_1600_brokering': brokering,
	'2026_12_01_1700_page_translations': pageTranslations,
	'2026_12_02_0900_search_vocabulary': searchVocabulary,
	'2026_12_02_0930_partner_translations_and_main_terms': partnerTranslations,
	'2026_12_02_1000_video_chunks': videoChunks,
	'2026_12_02_1001_seal_totp_keys': sealTotpKeys,
	'2026_12_02_1100_area_street_revisions': areaStreetRevisions,
	'2026_12_02_1110_entry_claims': entryClaims,
	'2026_12_02_1200_hsds_uuids': hsdsUuids,
	'2026_12_02_1900_guides': guides,
	'2026_12_02_1910_closures': closures,
	'2026_12_02_1920_partner_import_jobs': partnerImportJobs,
	'2026_12_03_0300_search_gaps': searchGaps,
	'2026_12_03_0400_search_vocabulary_everyday_words': vocabularyEverydayWords,
	'2026_12_03_0700_search_vocabulary_described_situations': vocabularyDescribedSituations,
	'2026_12_03_1000_search_vocabulary_missing_classes': vocabularyMissingClasses,
	'2026_12_03_1400_search_vocabulary_partner_coverage': vocabularyPartnerCoverage,
	'2026_12_03_1700_search_vocabulary_situations_and_roles': vocabularySituationsAndRoles,
	'2026_12_03_2000_search_vocabulary_everyday_needs': vocabularyEverydayNeeds,
	'2026_12_03_2200_search_vocabulary_situations_and_answers': vocabularySituationsAndAnswers,
	'2026_12_04_0000_search_vocabulary_acts_and_places': vocabularyActsAndPlaces,
	'2026_12_04_0500_search_vocabulary_acts_over_settings': vocabularyActsOverSettings,
	'2026_12_04_1200_search_vocabulary_everyday_situations': vocabularyEverydaySituations,
	'2026_12_04_1400_search_vocabulary_everyday_classes': vocabularyEverydayClasses,
	'2026_12_04_1800_search_vocabulary_needs_across_languages': vocabularyNeedsAcrossLanguages,
	'2026_12_04_1900_search_vocabulary_classes_of_need': vocabularyClassesOfNeed,
	'2026_12_04_2000_search_vocabulary_needs_of_set_fourteen': vocabularyNeedsOfSetFourteen,
	'2026_12_04_2100_search_vocabulary_needs_of_set_fifteen': vocabularyNeedsOfSetFifteen,
	'2026_12_04_2200_search_vocabulary_needs_of_set_sixteen': vocabularyNeedsOfSetSixteen,
	'2026_12_04_2300_search_vocabulary_needs_of_set_seventeen': vocabularyNeedsOfSetSeventeen,
	'2026_12_05_0000_search_vocabulary_needs_of_set_eighteen': vocabularyNeedsOfSetEighteen,
	'2026_12_05_0100_search_vocabulary_needs_of_set_nineteen': vocabularyNeedsOfSetNineteen,
	'2026_12_05_0200_search_vocabulary_needs_of_set_twenty': vocabularyNeedsOfSetTwenty
};
