import { z } from 'zod';
import { bareHost, isHostAddress, urlHost } from './host-name.js';

/**
 * The most targets one list of a profile may hold (ping targets, DNS names, gateways…). Each
 * target costs a probe and time within the check's deadline; a list longer than this is a
 * mistake or an attack, and is refused with the field named rather than run for minutes.
 */
export const MAX_TARGETS_PER_KIND = 50;
/** The longest host name (RFC 1123) plus brackets, and the longest URL a profile may name. */
const MAX_HOST_CHARS = 255;
const MAX_URL_CHARS = 2048;
/** The fastest line a profile may expect, in Mbit/s (also the contract figures' limit). */
export const MAX_MBPS = 100_000;

/*
 * Messages are keys of the `door` catalog section (door.rule.*): loaders word them in the reader's
 * language, with the offending value from `params.value` and the limit from the issue itself.
 */

const host = z
  .string()
  .trim()
  .min(1, 'door.rule.hostName')
  .max(MAX_HOST_CHARS, 'door.rule.hostName')
  .refine(isHostAddress, { message: 'door.rule.hostName', abort: true })
  // A bracketed IPv6 literal is the same address; the probes take it bare.
  .overwrite(bareHost);
const port = z.number({ error: 'door.rule.port' }).int('door.rule.port').min(1, 'door.rule.port').max(65535, 'door.rule.port');
const hostPort = z.looseObject({ host, port });
const url = z
  .url({ protocol: /^https?$/, error: 'door.rule.url' })
  .max(MAX_URL_CHARS, 'door.rule.urlLength')
  .refine((u) => isHostAddress(urlHost(u) ?? ''), 'door.rule.urlHost');
const targets = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_TARGETS_PER_KIND, 'door.rule.tooMany');
const mbps = z.number().positive('door.rule.mbps').max(MAX_MBPS, 'door.rule.mbps');

/**
 * The company profile (contract: "Profile"). Every key is optional and unknown keys are kept, so
 * profiles written for a newer Homeline still load; known keys are checked strictly.
 */
export const profileSchema = z.looseObject({
  internet: z
    .looseObject({
      pingTargets: targets(host).optional(),
      dnsNames: targets(host).optional(),
      publicResolvers: targets(host).optional(),
      httpsUrls: targets(url).optional(),
      captivePortalUrl: url.optional(),
    })
    .optional(),
  throughput: z
    .looseObject({
      downloadUrl: url.optional(),
      uploadUrl: url.optional(),
      minDownloadMbps: mbps.optional(),
      minUploadMbps: mbps.optional(),
      /** Opt-in Ookla speedtest instead of the HTTP endpoints; runs only with the licence accepted. */
      ookla: z
        .looseObject({
          enabled: z.boolean(),
          licenceAccepted: z.boolean(),
          cliPath: z.string().trim().min(1, 'must be the path of the Ookla speedtest program').max(4096).optional(),
        })
        .optional(),
    })
    .optional(),
  vpn: z
    .looseObject({
      gateways: targets(hostPort).optional(),
      internalDnsNames: targets(host).optional(),
      internalHosts: targets(hostPort).optional(),
    })
    .optional(),
  citrix: z
    .looseObject({
      storefrontUrl: url.optional(),
      sessionHosts: targets(hostPort).optional(),
      /** The Citrix Gateway whose UDP 443 (EDT) is tested; without it, the StoreFront URL's host. */
      gatewayHost: host.optional(),
    })
    .optional(),
  /** Real-time media (calls): the STUN servers a UDP media-path test asks. None: not tested. */
  media: z
    .looseObject({
      /**
       * `where` places a server on the path: `home` (on the router or the home network), `isp` (the
       * provider's own), absent = beyond (the internet). Placed servers are reference points for who
       * owns a bad UDP path; only the others are graded as calls.
       */
      stunServers: targets(hostPort.extend({ where: z.enum(['home', 'isp', 'internet']).optional() })).optional(),
      /**
       * The UDP mapping-lifetime test: seconds of silence after the test call before asking again
       * from the same socket (a changed public port means the NAT forgot the mapping). Absent: not tested.
       */
      mappingIdleS: z.number().int('door.rule.mappingIdle').min(1, 'door.rule.mappingIdle').max(60, 'door.rule.mappingIdle').optional(),
    })
    .optional(),
});
/** A profile as written by IT or a test lab. */
export type Profile = z.infer<typeof profileSchema>;
