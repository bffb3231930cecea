import { prepareLocalBundle } from '../../diagnostics/bundle/local-bundle.js';
import { targetAddresses } from '../../diagnostics/profile/target-addresses.js';
import { loadEffectiveConfig, redactionOf, resolveCheckTargets } from '../../diagnostics/config/effective-config.js';
import { dataDir } from '../../diagnostics/config/user-data.js';
import { historyExcerpt } from '../../diagnostics/history/bundle-excerpt.js';
import type { Lang } from '../../diagnostics/i18n/translator.js';
import { runCommand } from '../../diagnostics/platform/command.js';
import { currentOs } from '../../diagnostics/platform/os-kind.js';
import { connectorFromPolicy, PolicyConnectorError } from '../../diagnostics/tickets/connector-from-policy.js';
import { makeConnector } from '../../diagnostics/tickets/make-connector.js';
import { outboxDir } from '../../diagnostics/tickets/outbox/outbox-paths.js';
import { OutboxStore } from '../../diagnostics/tickets/outbox/outbox-store.js';
import type { SecretStore } from '../../diagnostics/tickets/secrets/secret-store.js';
import type { AppHistory } from './app-history.js';
import type { HelpDesk, HelpdeskPorts } from './helpdesk-service.js';
import type { Report } from '../../diagnostics/schema/report.js';

/**
 * The help desk's real surroundings, as `homeline check --bundle` and `homeline ticket` use them:
 * policy's redaction and help desk (read on each use, policy may change while the app runs), the
 * history excerpt, the profile's public targets kept verbatim, the outbox in the user's data folder.
 * The secret store differs by transport: safeStorage in Electron, the CLI's env/file in the browser.
 */
export function helpdeskPorts(o: {
  readonly lang: () => Lang;
  readonly lastReport: () => Report | null;
  readonly profileFile: string | undefined;
  readonly history?: AppHistory;
  readonly secrets: SecretStore;
}): HelpdeskPorts {
  const dir = dataDir();
  const os = currentOs() ?? 'linux';
  return {
    lastReport: o.lastReport,
    async prepare(report) {
      const config = await loadEffectiveConfig(o.lang());
      const now = new Date();
      // A profile that no longer loads only costs the verbatim targets; the bundle is still made.
      const keep = await resolveCheckTargets(o.profileFile, config).then(targetAddresses, () => []);
      return prepareLocalBundle(report, {
        redaction: redactionOf(config.effective),
        history: historyExcerpt(o.history?.past(now) ?? [], now),
        keepAddresses: keep,
        now,
      });
    },
    async helpDesk(): Promise<HelpDesk> {
      const config = await loadEffectiveConfig(o.lang());
      try {
        const desk = connectorFromPolicy(config.effective.settings);
        return desk ? { config: desk } : { config: null, problem: null };
      } catch (e) {
        if (e instanceof PolicyConnectorError) return { config: null, problem: e.message };
        throw e;
      }
    },
    secrets: o.secrets,
    outbox: {
      store: new OutboxStore(outboxDir(dir)),
      connectorFor: (name, config) => makeConnector(name, config, { secrets: o.secrets, fetch: globalThis.fetch, dataDir: dir, os, run: runCommand }),
    },
  };
}
