// Validates HAR files against the published HAR 1.2 JSON schema (npm har-schema) with ajv.
//   node validate-har.mjs FILE.har [FILE.har …]
// Prints "valid: FILE" or each schema error with its JSON path; exits 1 when any file is invalid.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const harSchema = require('har-schema');
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');

// har-schema is draft-06 and uses "min"/"optional", which are not keywords: not strict.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
addFormats(ajv);
for (const [name, schema] of Object.entries(harSchema)) {
  if (name !== 'har') ajv.addSchema(schema);
}
const validate = ajv.compile(harSchema.har);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-har.mjs FILE.har [FILE.har …]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let document;
  try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`invalid: ${file}: not JSON: ${error.message}`);
    failed = true;
    continue;
  }
  if (validate(document)) {
    console.log(`valid: ${file}`);
  } else {
    failed = true;
    for (const error of validate.errors) console.log(`invalid: ${file}: ${error.instancePath || '/'} ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
