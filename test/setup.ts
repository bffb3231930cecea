// Tests must never send traffic outside loopback or the lab's own namespaces. The built-in
// default profile names public targets, so every engine entry point refuses to fall back to it
// while this variable is set; a test that forgets --profile fails loudly instead of reaching out.
process.env.HOMELINE_NO_BUILTIN_TARGETS = '1';

// Nothing a test runs may write into the real user's history, settings or outbox: each test worker
// gets its own empty data folder unless the test sets HOMELINE_HOME itself.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
if (!process.env.HOMELINE_HOME) process.env.HOMELINE_HOME = mkdtempSync(join(tmpdir(), 'homeline-test-home-'));

// Nor may the managed policy of the machine running the tests (a developer's domain-joined laptop)
// change what a test sees: no policy is read unless a test names a file.
if (!process.env.HOMELINE_POLICY_FILE) process.env.HOMELINE_POLICY_FILE = 'none';
