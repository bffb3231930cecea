import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchemas, SCHEMA_DIR } from '../../../diagnostics/schema/publish.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(publishedSchemas()))('%s matches the zod schema (run npm run schema after changing it)', (name, schema) => {
    const committed: unknown = JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('publishes the contract fields of the report', () => {
    const report = publishedSchemas()['report.schema.json'] as { properties: Record<string, unknown>; required: string[] };
    for (const key of ['schemaVersion', 'startedAt', 'durationMs', 'verdict', 'findings', 'probes']) expect(report.required).toContain(key);
    expect(report.properties).toHaveProperty('ispCall');
  });
});
