/**
 * What `homeline monitor` says when ping itself could not be used (#16): missing, not permitted,
 * hung, crashed or printing what cannot be read. `reason` is the tool's failure as the engine
 * words it (it names the tool).
 */
export const monitorPingEn = {
  unusable: 'ping could not be used ({{reason}}): targets that accept a TCP connection on port 443 are watched that way instead; the others are not watched.',
} as const;
