import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { systemLang } from '../../diagnostics/i18n/translator.js';
import { createAppCore } from '../engine/app-core.js';
import { engineRun } from '../engine/engine-run.js';
import { dataDir } from '../../diagnostics/config/user-data.js';
import { cliSecretStore } from '../../diagnostics/tickets/secrets/cli-secret-store.js';
import { helpdeskPorts } from '../engine/helpdesk-runtime.js';
import { HelpdeskService } from '../engine/helpdesk-service.js';
import { effectiveLang } from '../ipc/app-handlers.js';
import { openAppHistory } from '../engine/app-history.js';
import { openAppSettings } from '../engine/open-app-settings.js';
import { startUiServer } from './ui-server.js';

// `npm run ui:dev` and the end-to-end tests: the real engine and the built UI, served to a browser.
//   node dist/electron/browser/serve.js [--host 127.0.0.1] [--port 0] [--profile FILE] [--static DIR]
// Prints one line "Homeline UI: <url>" once it listens, then serves until stopped.

/** The built renderer, next to the compiled main process (dist/ui, vite's output). */
export function defaultStaticDir(): string {
  return fileURLToPath(new URL('../../ui/', import.meta.url));
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      profile: { type: 'string' },
      static: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0…65535, not ${values.port}`);
  const lang = systemLang();
  const warn = (line: string): void => void process.stderr.write(`${line}\n`);
  const settings = await openAppSettings(lang, warn);
  const history = await openAppHistory(lang, warn);
  const core = createAppCore({
    engine: engineRun(values.profile),
    systemLang: lang,
    settings,
    history,
    // The browser has no OS keychain: the help desk token comes from the CLI's env or file.
    helpdesk: (lastReport) =>
      new HelpdeskService(helpdeskPorts({ lang: () => effectiveLang(settings.get(), lang), lastReport, profileFile: values.profile, history, secrets: cliSecretStore(dataDir()) })),
    transport: 'browser',
    // The browser opens links itself; the server never launches programs for it.
    openExternal: () => Promise.resolve(false),
  });
  const server = await startUiServer({
    handlers: core.handlers,
    subscribe: core.hub.subscribe,
    staticDir: values.static ?? defaultStaticDir(),
    host: values.host,
    port,
  });
  process.stdout.write(`Homeline UI: ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`homeline ui: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
}
