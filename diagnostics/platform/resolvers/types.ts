/** A resolver the system uses. `supplemental` ones answer only their own domains (VPN split DNS). */
export interface SystemResolver {
  readonly address: string;
  readonly interface?: string;
  readonly scope: 'default' | 'scoped' | 'supplemental' | 'unknown';
  readonly domains?: readonly string[];
}

/** The system's resolvers, and what could not be read. */
export interface SystemResolvers {
  readonly servers: readonly SystemResolver[];
  readonly notes: readonly string[];
}
