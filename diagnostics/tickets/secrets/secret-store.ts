/**
 * Where help-desk credentials live. Never in the connector configuration or the outbox: the CLI
 * reads them from the environment or a file only the user can read, the desktop app from
 * Electron's safeStorage (the OS keychain). `name` is the connector's secret name.
 */
export interface SecretStore {
  /** The credential, or undefined when none is stored under this name. */
  get(name: string): Promise<string | undefined>;
}

/** A credential store that refused to hand out a secret; the message says why and what to do. */
export class SecretStoreError extends Error {
  override readonly name = 'SecretStoreError';
  constructor(
    message: string,
    /** Catalog key under tickets.secrets for the user-facing text, with its values. */
    readonly textKey: 'unsafeFile' | 'unreadable' | 'unavailable',
    readonly vars: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}
