import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { cleanFileName, documentType, tooLargeMessage } from '$lib/validation/file-types';

export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export class AttachmentError extends Error {}

export interface AttachmentInfo {
	id: number;
	fileName: string;
	contentType: string;
	size: number;
}

/** Checks and stores an upload for a meeting of this group. */
export async function addAttachment(
	db: Kysely<Database>,
	meetingId: number,
	file: { name: string; bytes: Uint8Array },
	uploaderId: number
): Promise<number> {
	if (file.bytes.length === 0) throw new AttachmentError('Bitte wählen Sie eine Datei aus.');
	if (file.bytes.length > MAX_ATTACHMENT_BYTES)
		throw new AttachmentError(tooLargeMessage('Ein Anhang', MAX_ATTACHMENT_BYTES));
	const fileName = cleanFileName(file.name);
	const contentType = documentType(fileName, file.bytes);
	if (!contentType) {
		throw new AttachmentError(
			'Erlaubt sind PDF, Word, Excel, PowerPoint, OpenDocument sowie PNG- und JPEG-Bilder. Die Datei passt zu keinem dieser Formate.'
		);
	}
	const { id } = await db
		.insertInto('working_group_attachments')
		.values({
			meeting_id: meetingId,
			file_name: fileName,
			content_type: contentType,
			size: file.bytes.length,
			data: file.bytes,
			uploaded_by: uploaderId
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export async function listAttachments(
	db: Kysely<Database>,
	meetingIds: number[]
): Promise<(AttachmentInfo & { meetingId: number })[]> {
	if (meetingIds.length === 0) return [];
	return db
		.selectFrom('working_group_attachments')
		.select(['id', 'meeting_id as meetingId', 'file_name as fileName', 'content_type as contentType', 'size'])
		.where('meeting_id', 'in', meetingIds)
		.orderBy('id')
		.execute();
}

/** The file, if it belongs to a meeting of this group. */
export async function getAttachmentFile(db: Kysely<Database>, groupId: number, attachmentId: number) {
	if (!Number.isInteger(attachmentId)) return null;
	return (
		(await db
			.selectFrom('working_group_attachments as a')
			.innerJoin('working_group_meetings as m', 'm.id', 'a.meeting_id')
			.select(['a.file_name', 'a.content_type', 'a.data'])
			.where('a.id', '=', attachmentId)
			.where('m.group_id', '=', groupId)
			.executeTakeFirst()) ?? null
	);
}

export async function deleteAttachment(db: Kysely<Database>, meetingId: number, attachmentId: number): Promise<void> {
	await db
		.deleteFrom('working_group_attachments')
		.where('id', '=', attachmentId)
		.where('meeting_id', '=', meetingId)
		.execute();
}
