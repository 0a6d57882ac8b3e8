import type { ColumnType } from 'kysely';

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

export interface PoliceTables {
	contact_photos: ContactPhotoTable;
}
