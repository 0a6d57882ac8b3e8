// The values and errors of the meetings form, shared by the page (Svelte) and the server's parser.

export interface MeetingValues {
	title: string;
	date: string;
	startTime: string;
	endTime: string;
	location: string;
	videoUrl: string;
	agenda: string;
}
