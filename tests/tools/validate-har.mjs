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

// har-schema is draft-06 and writes its lower limits as "min" and marks fields "optional"; neither
// is a JSON Schema keyword, so ajv would ignore them (and strict mode would reject the schema).
// Each "min" becomes the "minimum" it means before the schema is compiled: entry.time >= 0, every
// timing and page timing >= -1 (HAR's "did not happen"). har-schema gives the sizes no limit at
// all; HAR 1.2 says headersSize, bodySize and content.size are a byte count or -1 when unknown, so
// they get minimum -1 here. "optional" stays ignored: "required" already says what must be there.
const sizeFields = { request: ['headersSize', 'bodySize'], response: ['headersSize', 'bodySize'], content: ['size'] };
function enforceLimits(node) {
  if (Array.isArray(node)) {
    node.forEach((child) => enforceLimits(child));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (typeof node.min === 'number' && ['number', 'integer'].includes(node.type)) {
    node.minimum = node.min;
    delete node.min;
  }
  for (const child of Object.values(node)) enforceLimits(child);
}
const schemas = {};
for (const [name, schema] of Object.entries(harSchema)) {
  const copy = structuredClone(schema);
  enforceLimits(copy);
  for (const field of sizeFields[name] ?? []) copy.properties[field].minimum = -1;
  schemas[name] = copy;
}
// The limits really are in force: a schema without them would let negative times through unseen.
if (schemas.entry.properties.time.minimum !== 0 || schemas.timings.properties.wait.minimum !== -1) {
  console.error('validate-har.mjs: har-schema changed shape; the min limits were not found');
  process.exit(2);
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
addFormats(ajv);
for (const [name, schema] of Object.entries(schemas)) {
  if (name !== 'har') ajv.addSchema(schema);
}
const validate = ajv.compile(schemas.har);

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
