import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// The vendored Open Referral HSDS 3.0 schemas (tests/fixtures/hsds, CC BY-SA 4.0).
const folder = path.resolve('tests/fixtures/hsds');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(folder, `${name}.json`), 'utf8'));

// The compiled schemas inline every nested table (organization.json is 3.4 MB); without code
// optimisation and ref inlining ajv compiles them in a few seconds instead of tens.
const ajv = new Ajv2020({ strict: false, code: { optimize: false }, inlineRefs: false });
addFormats(ajv);
// The two vocabulary schemas are not compiled upstream; they refer to these by file name.
ajv.addSchema(read('metadata'), 'metadata.json');
ajv.addSchema(read('taxonomy'), 'taxonomy.json');

const cache = new Map<string, ValidateFunction>();

function validator(name: string): ValidateFunction {
	let validate = cache.get(name);
	if (!validate) {
		if (name === 'page') validate = ajv.compile(read('openapi').components.schemas.Page);
		else validate = ajv.getSchema(`${name}.json`) ?? ajv.compile(read(name));
		cache.set(name, validate);
	}
	return validate;
}

/** The schema errors of a record (empty when valid), with the record's id for the failure message. */
export function schemaErrors(schema: string, record: unknown): string[] {
	const validate = validator(schema);
	if (validate(record)) return [];
	const id = (record as { id?: string }).id ?? '?';
	return (validate.errors ?? []).map((e) => `${schema} ${id}: ${e.instancePath} ${e.message}`);
}

/** A paginated answer: the page fields by the API profile, each item by its compiled schema. */
export function pageErrors(itemSchema: string, page: { contents: unknown[] }): string[] {
	return [...schemaErrors('page', page), ...page.contents.flatMap((item) => schemaErrors(itemSchema, item))];
}
