import { join } from 'node:path';
import { repoRoot } from '../lab/repo-root.js';
import { blockingFindings, readAllowList, runElectronegativity } from '../support/security/electronegativity.js';

// `npm run electronegativity`: the same gate as the test, for a person: every finding, and exit 1
// when a HIGH or MEDIUM one is not explained in electron/electronegativity-allow.json.
const root = repoRoot();
const findings = await runElectronegativity(root, join(root, process.argv[2] ?? 'electron'));
const blocking = blockingFindings(findings, readAllowList(join(root, 'electron/electronegativity-allow.json')));
for (const f of findings) console.log(`${blocking.includes(f) ? 'BLOCKING' : 'ok      '} ${f.severity} ${f.check} ${f.file}:${f.location}`);
process.exit(blocking.length > 0 ? 1 : 0);
