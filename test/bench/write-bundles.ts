import { mkdir } from 'node:fs/promises';
import { writeGeneratedBundles, CORRUPTIONS } from '../support/generated-bundle.js';

/** Writes generated bundles for a manual look at `homeline stats`: `node dist/test/bench/write-bundles.js DIR COUNT`. */
const [dir = 'bundles', count = '168'] = process.argv.slice(2);
await mkdir(dir, { recursive: true });
await writeGeneratedBundles(dir, Number(count), CORRUPTIONS);
process.stdout.write(`${count} bundles and ${CORRUPTIONS.length} broken files in ${dir}\n`);
