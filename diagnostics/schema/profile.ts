import { z } from 'zod';

const host = z.string().trim().min(1, 'must be a host name or address');
const port = z.number().int().min(1).max(65535);
const hostPort = z.looseObject({ host, port });
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * The company profile (contract: "Profile"). Every key is optional and unknown keys are kept, so
 * profiles written for a newer Homeline still load; known keys are checked strictly.
 */
export const profileSchema = z.looseObject({
  internet: z
    .looseObject({
      pingTargets: z.array(host).optional(),
      dnsNames: z.array(host).optional(),
      publicResolvers: z.array(host).optional(),
      httpsUrls: z.array(url).optional(),
      captivePortalUrl: url.optional(),
    })
    .optional(),
  throughput: z
    .looseObject({
      downloadUrl: url.optional(),
      uploadUrl: url.optional(),
      minDownloadMbps: z.number().positive().optional(),
      minUploadMbps: z.number().positive().optional(),
      /** Opt-in Ookla speedtest instead of the HTTP endpoints; runs only with the licence accepted. */
      ookla: z
        .looseObject({
          enabled: z.boolean(),
          licenceAccepted: z.boolean(),
          cliPath: z.string().trim().min(1, 'must be the path of the Ookla speedtest program').optional(),
        })
        .optional(),
    })
    .optional(),
  vpn: z
    .looseObject({
      gateways: z.array(hostPort).optional(),
      internalDnsNames: z.array(host).optional(),
      internalHosts: z.array(hostPort).optional(),
    })
    .optional(),
  citrix: z
    .looseObject({
      storefrontUrl: url.optional(),
      sessionHosts: z.array(hostPort).optional(),
      /** The Citrix Gateway whose UDP 443 (EDT) is tested; without it, the StoreFront URL's host. */
      gatewayHost: host.optional(),
    })
    .optional(),
  /** Real-time media (calls): the STUN servers a UDP media-path test asks. None: not tested. */
  media: z
    .looseObject({
      stunServers: z.array(hostPort).optional(),
    })
    .optional(),
});
/** A profile as written by IT or a test lab. */
export type Profile = z.infer<typeof profileSchema>;
