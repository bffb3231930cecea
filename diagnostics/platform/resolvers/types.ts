/**
 * A resolver the system uses. `default` ones answer every name; `supplemental` ones only their own
 * `domains` (VPN split DNS, macOS); `scoped` ones only queries bound to their interface; `unknown`
 * where the OS does not say (Windows per-adapter lists, systemd-resolved's upstreams).
 */
export interface SystemResolver {
  readonly address: string;
  readonly interface?: string;
  readonly scope: 'default' | 'scoped' | 'supplemental' | 'unknown';
  readonly domains?: readonly string[];
}

/**
 * What one listing tool's output says, read by its structure: servers, for sure none (the tool's
 * own shape with no server in it), or nothing that can be read (garbage, another program's text,
 * a cut-off run). Only the second is "this computer has no resolver"; the third is no answer.
 */
export type ResolverListing =
  | { readonly kind: 'listed'; readonly servers: readonly SystemResolver[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' };

/**
 * The system's resolvers, its search domains where the OS lists them, and what could not be read.
 * Three states: servers listed; none for sure (no servers, no `unread`); or no list could be read
 * (`unread` names each tool or file and why, and `servers` is empty).
 */
export interface SystemResolvers {
  readonly servers: readonly SystemResolver[];
  readonly notes: readonly string[];
  readonly searchDomains?: readonly string[];
  readonly unread?: readonly string[];
}

/** The listing of a parse that found servers, or the shape check's answer when it found none. */
export function listingOf(servers: readonly SystemResolver[], showsNone: boolean): ResolverListing {
  if (servers.length > 0) return { kind: 'listed', servers };
  return showsNone ? { kind: 'none' } : { kind: 'unreadable' };
}
