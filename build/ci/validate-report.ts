import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

// `node dist/build/ci/validate-report.js REPORT.json`: checks a report a real runner produced
// against the published JSON Schema (the outside contract, not the engine's own zod schema, so a
// drift between the two shows up here too). Exit 0 valid, 1 invalid, 2 unreadable.

/** Run from the repository root (as CI and the tests do): the same path from sources and from dist/. */
const SCHEMA = 'diagnostics/schema/published/report.schema.json';

/** The schema's complaints about a report; empty when it is valid. */
export async function reportProblems(report: unknown, schemaFile = SCHEMA): Promise<string[]> {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(await readFile(schemaFile, 'utf8')) as object);
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(report)'}: ${e.message ?? 'invalid'}`);
}

async function cli(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('usage: validate-report REPORT.json');
    return 2;
  }
  let report: unknown;
  try {
    report = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read the report (${e instanceof Error ? e.message : String(e)})`);
    return 2;
  }
  const problems = await reportProblems(report);
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length === 0) console.log(`${file}: valid against report.schema.json`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await cli(process.argv[2]);
}
