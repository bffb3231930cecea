import type { Rule } from '../finding-draft.js';
import { captivePortalRule } from './captive-portal.js';
import { clockRule } from './clock.js';
import { deviceRule } from './device.js';
import { dnsRule } from './dns.js';
import { gatewayRule } from './gateway.js';
import { httpsRule } from './https.js';
import { internetPathRule } from './internet-path.js';
import { wifiRule } from './wifi.js';
import { setupRule } from './setup.js';
import { vpnRule } from './vpn.js';
import { citrixRule } from './citrix.js';
import { throughputRule } from './throughput.js';
import { bufferbloatRule } from './bufferbloat.js';
import { speedUnmeasuredRule } from './speed-unmeasured.js';
import { mediaRule } from './media.js';
import { mediaNatLayersRule } from './media-nat-layers.js';

/** Every verdict rule; each is independent, the decision stage weighs their findings. */
export const ALL_RULES: readonly Rule[] = [deviceRule, gatewayRule, wifiRule, internetPathRule, dnsRule, captivePortalRule, httpsRule, clockRule, setupRule, vpnRule, citrixRule, throughputRule, bufferbloatRule, speedUnmeasuredRule, mediaRule, mediaNatLayersRule];
