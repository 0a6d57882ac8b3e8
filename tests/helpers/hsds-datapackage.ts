import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { unzipSync } from 'fflate';

/** Unzips an HSDS datapackage and checks it with the Frictionless validator: descriptor, types, keys. */
export async function datapackageErrors(zip: Uint8Array): Promise<string[]> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-hsds-'));
	try {
		for (const [name, bytes] of Object.entries(unzipSync(zip))) fs.writeFileSync(path.join(dir, name), bytes);
		const pkg = await Package.load(path.join(dir, 'datapackage.json'));
		const errors = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
		for (const resource of pkg.resources) {
			const rows = await resource.read({ forceCast: true });
			errors.push(
				...rows.filter((row) => row instanceof Error).map((e) => `${resource.name}: ${(e as Error).message}`)
			);
			try {
				await resource.checkRelations();
			} catch (error) {
				errors.push(`${resource.name}: ${(error as Error).message}`);
			}
		}
		return errors;
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The CSV files of a datapackage zip as text, by file name. */
export function datapackageFiles(zip: Uint8Array): Record<string, string> {
	return Object.fromEntries(
		Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)])
	);
}
