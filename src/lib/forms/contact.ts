// The values and errors of the contact form, shared by the page (Svelte) and the server's parser.

/** "kontakt": /kontakt with a topic to choose; "barrierefreiheit": the feedback form, which asks for the page. */
export type ContactFormKind = 'kontakt' | 'barrierefreiheit';

export interface ContactValues {
	topic: string;
	message: string;
	page: string;
	name: string;
	email: string;
	phone: string;
	wantsReply: boolean;
}

export type ContactField = 'topic' | 'message' | 'page' | 'name' | 'email' | 'phone';

export type ContactErrors = Partial<Record<ContactField, string>>;
