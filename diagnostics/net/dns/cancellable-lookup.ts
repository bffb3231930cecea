import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Resolver } from 'node:dns/promises';

/**
 * A `lookup` for sockets that asks the system's resolvers through c-ares instead of getaddrinfo.
 * getaddrinfo runs in libuv's thread pool and cannot be cancelled: with a dead resolver it holds a
 * pool thread, and even process exit, for the system's full retry time (10 s with glibc's
 * defaults). c-ares uses the same resolv.conf servers and stops at our timeout; it does not read
 * the hosts file, which the DNS probes cover on their own terms.
 */
export function cancellableLookup(timeoutMs: number): LookupFunction {
  return (hostname, options, callback) => {
    const family = isIP(hostname);
    if (family !== 0) {
      if (options.all) callback(null, [{ address: hostname, family }]);
      else callback(null, hostname, family);
      return;
    }
    const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
    const want = options.family === 6 ? 6 : options.family === 4 ? 4 : 0;
    const v4 = want === 6 ? Promise.resolve([]) : resolver.resolve4(hostname).catch((e: NodeJS.ErrnoException) => (want === 4 ? Promise.reject(e) : []));
    const v6 = want === 4 ? Promise.resolve([]) : resolver.resolve6(hostname).catch(() => []);
    Promise.all([v4, v6]).then(
      ([a4, a6]) => {
        const all = [...a4.map((address) => ({ address, family: 4 })), ...a6.map((address) => ({ address, family: 6 }))];
        if (all.length === 0) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        } else if (options.all) callback(null, all);
        else callback(null, all[0]!.address, all[0]!.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}
