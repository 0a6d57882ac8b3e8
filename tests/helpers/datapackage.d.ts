// The Frictionless validator ships without types; the tests use this much of it.
declare module 'datapackage' {
	interface Resource {
		name: string;
		read(options?: { keyed?: boolean; forceCast?: boolean; relations?: boolean }): Promise<unknown[]>;
		checkRelations(): Promise<boolean>;
	}
	export class Package {
		static load(descriptor: string, basePath?: string, strict?: boolean): Promise<Package>;
		valid: boolean;
		errors: Error[];
		resources: Resource[];
	}
}
