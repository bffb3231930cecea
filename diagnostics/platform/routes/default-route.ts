/** The route the machine uses to reach the internet: the home router's address and the interface. */
export interface DefaultRoute {
  readonly gateway: string | null;
  readonly interface: string | null;
}
