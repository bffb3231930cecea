import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyTemplates } from './templates.js';

/** `npm run policy-templates`: writes the templates; a test fails when the committed ones drift. */
async function writeAll(root: string): Promise<void> {
  for (const [file, content] of Object.entries(policyTemplates())) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await writeAll(process.cwd());
}
