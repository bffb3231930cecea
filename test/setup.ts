// Tests must never send traffic outside loopback or the lab's own namespaces. The built-in
// default profile names public targets, so every engine entry point refuses to fall back to it
// while this variable is set; a test that forgets --profile fails loudly instead of reaching out.
process.env.HOMELINE_NO_BUILTIN_TARGETS = '1';
