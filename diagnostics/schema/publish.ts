import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { historySchema } from '../bundle/history-row.js';
import { PARSE_KINDS } from '../parse/kinds.js';
import { parseOutputSchema } from '../parse/schemas.js';
import { bundleManifestSchema } from '../bundle/manifest.js';
import { profileSchema } from './profile.js';
import { reportSchema } from './report.js';

/** The JSON Schemas Homeline publishes for the outside contract, by file name. */
export function publishedSchemas(): Record<string, unknown> {
  return {
    'report.schema.json': { $id: 'https://homeline.invalid/schema/report-v1.json', ...z.toJSONSchema(reportSchema, { io: 'output' }) },
    'profile.schema.json': { $id: 'https://homeline.invalid/schema/profile.json', ...z.toJSONSchema(profileSchema, { io: 'input' }) },
    'bundle-manifest.schema.json': { $id: 'https://homeline.invalid/schema/bundle-manifest-v1.json', ...z.toJSONSchema(bundleManifestSchema, { io: 'output' }) },
    'bundle-history.schema.json': { $id: 'https://homeline.invalid/schema/bundle-history-v1.json', ...z.toJSONSchema(historySchema, { io: 'output' }) },
    // `homeline parse --json`, one per kind of command output.
    ...Object.fromEntries(
      PARSE_KINDS.map((kind) => [
        `parse-${kind}.schema.json`,
        { $id: `https://homeline.invalid/schema/parse-${kind}-v1.json`, ...z.toJSONSchema(parseOutputSchema(kind), { io: 'output' }) },
      ]),
    ),
  };
}

/** Where the published schemas live in the repository (and in the package). */
export const SCHEMA_DIR = 'diagnostics/schema/published';

/** Writes the schemas; `npm run schema` runs this, and a test fails when the files drift. */
async function writeAll(root: string): Promise<void> {
  const dir = path.join(root, SCHEMA_DIR);
  await mkdir(dir, { recursive: true });
  for (const [name, schema] of Object.entries(publishedSchemas())) {
    await writeFile(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await writeAll(process.cwd());
}
