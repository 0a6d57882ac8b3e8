import { beforeAll, describe, expect, it } from 'vitest';
import {
	addAttachment,
	AttachmentError,
	getAttachmentFile,
	listAttachments
} from '../../src/lib/server/groups/attachments';
import { createMeeting } from '../../src/lib/server/groups/meetings';
import type { GroupRef } from '../../src/lib/server/groups/types';
import { minimalPdf } from '../../src/lib/server/demo/minimal-pdf';
import { makeCoordinator, makeGroup, makeOrganizationWithPerson } from '../fixtures/groups';
import { useTestDatabase } from '../helpers/test-database';

describe('minutes attachments', () => {
	const t = useTestDatabase();
	let lead: Awaited<ReturnType<typeof makeOrganizationWithPerson>>;
	let group: GroupRef;
	let other: GroupRef;
	let meetingId: number;

	beforeAll(async () => {
		const coordinatorId = await makeCoordinator(t.db);
		lead = await makeOrganizationWithPerson(t.db, 'Polizeirevier Zittau');
		group = await makeGroup(t.db, {
			name: 'AG Sicherheit im öffentlichen Raum',
			joinPolicy: 'open',
			lead,
			coordinatorId
		});
		other = await makeGroup(t.db, { name: 'AG Kinder- und Jugendschutz', joinPolicy: 'open', lead, coordinatorId });
		const fields = {
			title: 'Begehung',
			startsAt: new Date('2026-11-01T17:00:00Z'),
			endsAt: new Date('2026-11-01T18:00:00Z'),
			location: 'Rathaus',
			videoUrl: null,
			agenda: ''
		};
		meetingId = await createMeeting(t.db, group, fields, lead.userId, 'http://portal.test');
	});

	it('stores a PDF in the database with the type read from its content, and gives it back only within its group', async () => {
		const bytes = minimalPdf('Protokoll');
		const id = await addAttachment(t.db, meetingId, { name: 'C:\\Ablage\\Protokoll.pdf', bytes }, lead.userId);
		expect(await listAttachments(t.db, [meetingId])).toEqual([
			{ id, meetingId, fileName: 'Protokoll.pdf', contentType: 'application/pdf', size: bytes.length }
		]);
		expect(Buffer.from((await getAttachmentFile(t.db, group.id, id))!.data).equals(Buffer.from(bytes))).toBe(true);
		expect(await getAttachmentFile(t.db, other.id, id)).toBeNull();
	});

	it('refuses a web page named .pdf and a file over 2 MB, and stores nothing', async () => {
		const page = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		await expect(
			addAttachment(t.db, meetingId, { name: 'Protokoll.pdf', bytes: page }, lead.userId)
		).rejects.toBeInstanceOf(AttachmentError);
		const large = new Uint8Array(2 * 1024 * 1024 + 1);
		large.set(new TextEncoder().encode('%PDF-'));
		await expect(addAttachment(t.db, meetingId, { name: 'Gross.pdf', bytes: large }, lead.userId)).rejects.toThrow(
			'höchstens 2 MB'
		);
		expect(await listAttachments(t.db, [meetingId])).toHaveLength(1);
	});
});
