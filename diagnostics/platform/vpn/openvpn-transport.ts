// Which transport an OpenVPN client's tunnel runs over (UDP or TCP), read from the structure of
// its command line and config file, never guessed from words in a log:
// - `--proto p` / `proto p` (udp, udp4, udp6, tcp-client, tcp4-client, tcp6-client, tcp…);
// - `--remote host port p` / `remote host port p` names the protocol for that remote;
// - with neither, OpenVPN's documented default is UDP, but only when everything the process was
//   given was read (its command line and, if it names one, its config file); otherwise unknown.
// Several remotes with different protocols, `<connection>` blocks, or a config that could not be
// read leave the transport unknown.

export type TunnelTransport = 'udp' | 'tcp' | 'unknown';

/** What one OpenVPN client process tells about its tunnel. */
export interface OpenVpnTransport {
  readonly pid: number;
  /** The `dev` it asked for (tun0, tun, tap…), or null when not given. */
  readonly dev: string | null;
  readonly transport: TunnelTransport;
  /** The remote gateway and port, when exactly one is named. */
  readonly remote: { readonly host: string; readonly port: number | null } | null;
  /** Where the transport came from: the command line, the config file, OpenVPN's default, or nothing. */
  readonly source: 'cmdline' | 'config' | 'default' | 'unknown';
  /** Why it is unknown (config unreadable, remotes disagree…); null otherwise. */
  readonly note: string | null;
}

/** The transport one connected tunnel runs over, and what told it. */
export interface TunnelTransportFact {
  readonly interface: string;
  readonly transport: TunnelTransport;
  readonly source: OpenVpnTransport['source'];
  readonly remote: OpenVpnTransport['remote'];
  readonly note: string | null;
}

/** One directive: its name and arguments (from `--name a b` or a config line `name a b`). */
interface Directive {
  readonly name: string;
  readonly args: readonly string[];
}

function protoOf(word: string | undefined): TunnelTransport | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  if (w === 'udp' || w === 'udp4' || w === 'udp6') return 'udp';
  if (/^tcp[46]?(-client)?$/.test(w)) return 'tcp';
  return null;
}

/** The command line (argv after the program) as directives: each `--name` with the words up to the next `--`. */
export function cmdlineDirectives(argv: readonly string[]): Directive[] {
  const out: { name: string; args: string[] }[] = [];
  for (const word of argv) {
    if (word.startsWith('--')) out.push({ name: word.slice(2), args: [] });
    else out.at(-1)?.args.push(word);
  }
  return out;
}

/** A config file's directives: one per line, `#`/`;` comments and inline blocks (`<ca>…</ca>`) skipped. */
export function configDirectives(text: string): { directives: Directive[]; connectionBlocks: boolean } {
  const directives: Directive[] = [];
  let inBlock: string | null = null;
  let connectionBlocks = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (inBlock !== null) {
      if (line.toLowerCase() === `</${inBlock}>`) inBlock = null;
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const open = /^<([a-z-]+)>$/i.exec(line);
    if (open?.[1] !== undefined) {
      inBlock = open[1].toLowerCase();
      if (inBlock === 'connection') connectionBlocks = true;
      continue;
    }
    const [name, ...args] = line.split(/\s+/);
    if (name !== undefined) directives.push({ name: name.replace(/^--/, ''), args });
  }
  return { directives, connectionBlocks };
}

interface Facts {
  readonly protos: TunnelTransport[];
  readonly remotes: { host: string; port: number | null; proto: TunnelTransport | null }[];
  readonly dev: string | null;
  readonly config: string | null;
  readonly cd: string | null;
}

function facts(ds: readonly Directive[]): Facts {
  const protos: TunnelTransport[] = [];
  const remotes: Facts['remotes'] = [];
  let dev: string | null = null;
  let config: string | null = null;
  let cd: string | null = null;
  for (const d of ds) {
    if (d.name === 'proto') protos.push(protoOf(d.args[0]) ?? 'unknown');
    else if (d.name === 'remote' && d.args[0] !== undefined) {
      const port = d.args[1] === undefined ? null : Number(d.args[1]);
      remotes.push({ host: d.args[0], port: port !== null && Number.isInteger(port) ? port : null, proto: protoOf(d.args[2]) });
    } else if (d.name === 'dev' && d.args[0] !== undefined) dev = d.args[0];
    else if (d.name === 'config' && d.args[0] !== undefined) config = d.args[0];
    else if (d.name === 'cd' && d.args[0] !== undefined) cd = d.args[0];
  }
  return { protos, remotes, dev, config, cd };
}

/** Reads a file's text, or null when it cannot be read (missing, no permission). */
export type ReadText = (path: string) => Promise<string | null>;

/**
 * The transport of one OpenVPN process from its argv (after the program name). `cwd` is the
 * process's working directory when known (for a relative `--config`), else null.
 */
export async function openVpnTransport(pid: number, argv: readonly string[], cwd: string | null, readText: ReadText): Promise<OpenVpnTransport> {
  const cmd = facts(cmdlineDirectives(argv));
  let file: Facts | null = null;
  let note: string | null = null;
  if (cmd.config !== null) {
    const base = cmd.cd ?? cwd;
    const path = cmd.config.startsWith('/') ? cmd.config : base === null ? null : `${base.replace(/\/$/, '')}/${cmd.config}`;
    const text = path === null ? null : await readText(path);
    if (text === null) note = `config ${cmd.config} not readable`;
    else {
      const parsed = configDirectives(text);
      if (parsed.connectionBlocks) note = 'config has <connection> blocks';
      file = facts(parsed.directives);
    }
  }
  // The command line overrides the config file (OpenVPN reads options in order, the config first
  // when given with --config as the only argument; explicit ones later on the line win).
  const remotes = cmd.remotes.length > 0 ? cmd.remotes : (file?.remotes ?? []);
  const protos = cmd.protos.length > 0 ? cmd.protos : (file?.protos ?? []);
  const dev = cmd.dev ?? file?.dev ?? null;
  const remote = remotes.length === 1 && remotes[0] !== undefined ? { host: remotes[0].host, port: remotes[0].port } : null;
  const fromCmd = cmd.protos.length > 0 || cmd.remotes.some((r) => r.proto !== null);
  const candidates = new Set<TunnelTransport>([...remotes.map((r) => r.proto ?? protos.at(-1) ?? null).filter((p): p is TunnelTransport => p !== null), ...(remotes.length === 0 ? protos.slice(-1) : [])]);
  const base = { pid, dev, remote };
  if (note !== null) return { ...base, transport: 'unknown', source: 'unknown', note };
  if (candidates.has('unknown') || candidates.size > 1) return { ...base, transport: 'unknown', source: 'unknown', note: 'remotes name different protocols' };
  const only = [...candidates][0];
  if (only !== undefined) return { ...base, transport: only, source: fromCmd ? 'cmdline' : 'config', note: null };
  return { ...base, transport: 'udp', source: 'default', note: null };
}
