import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** A contact person's portrait (re-encoded WebP), public only while that person consents to publication. */
export interface ContactPhotoTable {
	organization_id: number;
	/** The contact's name as entered in the profile; the photo is shown only when it matches a consenting contact. */
	person_name: string;
	image: Uint8Array;
	content_type: string;
	width: number;
	height: number;
	updated_at: Timestamp;
}

export type AreaRevisionReason = 'edited' | 'import-added' | 'import-replaced' | 'restored';

/** An area's street list as it stood before one change; `streets` holds AreaStreetInput[] as JSON. */
export interface ServiceAreaRevisionTable {
	id: Generated<number>;
	service_area_id: number;
	/** The change that followed this state. */
	reason: AreaRevisionReason;
	streets: string;
	street_count: number;
	created_by: number | null;
	created_at: Timestamp;
}

export interface PoliceTables {
	contact_photos: ContactPhotoTable;
	service_area_revisions: ServiceAreaRevisionTable;
}
