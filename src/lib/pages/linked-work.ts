/** A project or working group linked to a field of action, as its public progress view lists it. */
export interface LinkedWork {
	kind: 'project' | 'group';
	title: string;
	/** The public page of the project or group. */
	href: string;
	/** A short state in German, e.g. "in Umsetzung"; shown as entered. */
	status?: string;
}
