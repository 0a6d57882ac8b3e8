import { error } from '@sveltejs/kit';
import { requireGroupMember } from '$lib/server/groups/access';
import { getAttachmentFile } from '$lib/server/groups/attachments';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Members only; always a download, never shown inline, so a stored file cannot act as a page of the portal. */
export const GET: RequestHandler = async (event) => {
	const { db } = getRuntime();
	const { group } = await requireGroupMember(event, db, event.params.group);
	const file = await getAttachmentFile(db, group.id, Number(event.params.attachment));
	if (!file) error(404, 'Diesen Anhang gibt es nicht.');
	const ascii = file.file_name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
	return new Response(new Uint8Array(file.data), {
		headers: {
			'Content-Type': file.content_type,
			'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
			'Content-Length': String(file.data.length),
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
