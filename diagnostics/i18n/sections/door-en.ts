/**
 * Texts of the checks at the door: a profile or policy value that is refused, and why, naming the
 * field, the rule and the value; files that cannot be read or are too large; command-line values
 * out of range; and files that cannot be written.
 */
export const doorEn = {
  rule: {
    hostName: 'must be a host name (letters, digits, hyphens and dots, RFC 1123) or an IP address, not {{value}}',
    port: 'must be a port number from 1 to 65535, not {{value}}',
    url: 'must be an http:// or https:// address, not {{value}}',
    urlHost: 'must be an address whose host is a host name or an IP address, not {{value}}',
    urlLength: 'must be an address of at most {{max}} characters',
    tooMany: 'may hold at most {{max}} entries, not {{count}}',
    mbps: 'must be a speed in Mbit/s above 0 and at most {{max}}, not {{value}}',
    other: 'is invalid: {{detail}}',
  },
  profile: {
    field: '{{file}}: field {{field}} {{rule}}.',
    notJson: '{{file}}: not valid JSON ({{detail}}).',
    unreadable: '{{file}}: cannot read the profile ({{detail}}).',
    notFound: 'file not found',
    denied: 'permission denied',
    tooLarge: '{{file}}: the profile is {{size}} bytes; a profile may be at most {{max}} bytes, so it was not read.',
  },
  write: {
    before: 'Cannot write {{file}}: {{reason}}. Nothing was run; choose another file.',
    failed: 'Could not write {{file}}: {{reason}}.',
    keptAt: 'Nothing is lost: the output was saved to {{file}} instead.',
    notKept: 'It could not be saved elsewhere either ({{reason}}).',
    reason: {
      noFolder: 'the folder does not exist',
      notFolder: 'a part of the path is not a folder',
      denied: 'permission denied',
      readOnly: 'the file system is read-only',
      isFolder: 'it is a folder',
      full: 'the disk is full',
    },
  },
  tooLarge: 'the file is {{size}} bytes, more than the {{max}} bytes Homeline reads',
} as const;
