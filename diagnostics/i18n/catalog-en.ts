import { cliHelpEn } from './sections/cli-help-en.js';
import { parseEn } from './sections/parse-en.js';
import { monitorEn } from './sections/monitor-en.js';
import { tcpOnlyEvidenceEn, tcpOnlyUnsureEn } from './sections/tcp-only-en.js';
import { stubWitnessEvidenceEn } from './sections/stub-witness-en.js';
import { routerPingEvidenceEn, routerPingHomeEn } from './sections/router-ping-en.js';
import { resolverOwnerEn, unsureFindingsEn, witnessEn, witnessEvidenceEn, witnessFindingsHomeEn, witnessFindingsIspEn } from './sections/witnesses-en.js';
import { monitorHistoryEn } from './sections/monitor-history-en.js';
import { viewerEn } from './sections/viewer-en.js';
import { fleetEn } from './sections/fleet-en.js';
import { ticketsEn } from './sections/tickets-en.js';
import { ispCallHomeEn } from './sections/isp-call-home-en.js';
import { monitorPingEn } from './sections/monitor-ping-en.js';
import { cliUsageEn } from './sections/cli-usage-en.js';
import { doorEn } from './sections/door-en.js';
import { ticketOutboxEn } from './sections/ticket-outbox-en.js';
import { historyEn, historyEvidenceEn, historyFindingsEn } from './sections/history-en.js';
import { ispCallEn } from './sections/isp-call-en.js';
import { ispConfirmEn } from './sections/isp-confirm-en.js';
import { bundleEn } from './sections/bundle-en.js';
import { policyEn } from './sections/policy-en.js';
import { throughputEvidenceEn, throughputFindingsEn } from './sections/throughput-en.js';
import { measurementEvidenceEn, measurementFindingsEn } from './sections/measurement-en.js';
import { mediaRestEn, mediaRestEvidenceEn, mediaRestFindingsEn, ispCallMediaEn, mediaRestDoorRuleEn } from './sections/media-rest-en.js';
import { mediaEn, mediaEvidenceEn, mediaFindingsEn } from './sections/media-en.js';
import { mediaWanEn, mediaWanEvidenceEn, mediaWanFindingsEn } from './sections/media-wan-en.js';
import { mediaVpnEn, mediaVpnEvidenceEn, mediaVpnFindingsEn } from './sections/media-vpn-en.js';
import { appEn } from './sections/app-en.js';
import { dropoutsAppEn } from './sections/dropouts-app-en.js';
import { monitorPauseEn } from './sections/monitor-pause-en.js';
import { dropoutSnapshotEn } from './sections/dropout-snapshot-en.js';
import { dropoutAdviceEvidenceEn, dropoutAdviceHomeEn, dropoutAdviceVpnEn, dropoutTicketEn } from './sections/dropout-advice-en.js';
/**
 * Every word a user reads, in English: the source catalog. German and Swedish must have the same
 * keys (the compiler checks the shape, a test checks placeholders); `{{name}}` marks a value.
 */
export const en = {
  segment: {
    none: 'nothing wrong',
    device: 'this computer',
    wifi: 'the Wi-Fi',
    'home-network': 'your home network and router',
    isp: 'your internet provider',
    vpn: 'the company VPN',
    citrix: 'the company’s Citrix',
    unknown: 'not clear yet',
  },
  verdict: {
    none: {
      headline: 'Your connection looks fine',
      summary: 'Homeline checked this computer, your router, your internet line and name lookups and found nothing wrong.',
      partialHeadline: 'Nothing wrong in what Homeline could check',
      partialSummary: 'Homeline found nothing wrong with this computer, your router, your internet line and name lookups, but could not check: {{failed}}.',
    },
    device: { summary: 'The problem is on this computer: it cannot reach your router.' },
    wifi: { summary: 'The problem is the Wi-Fi link between this computer and your router.' },
    'home-network': { summary: 'The problem is in your home network: your router or the link to it.' },
    isp: { summary: 'Your computer and router work; the problem lies beyond your router, with your internet provider.' },
    vpn: { summary: 'Your internet works; the company VPN does not. The help desk needs to look at it.' },
    citrix: { summary: 'Your internet and VPN work; the company’s Citrix does not. The help desk needs to look at it.' },
    unknown: {
      headline: 'Homeline could not tell where the problem is',
      summary: 'Some checks could not run ({{failed}}). Nothing that did run found a fault.',
    },
  },
  dnsOutcome: {
    ok: 'an address',
    nxdomain: '“no such name” (NXDOMAIN)',
    nodata: 'no address for the name',
    servfail: 'a server failure (SERVFAIL)',
    refused: 'a refusal (REFUSED)',
    timeout: 'no answer in time',
    unreachable: 'no DNS service at all (port closed)',
    error: 'an error',
  },
  tcpState: {
    open: 'open',
    refused: 'connection refused',
    timeout: 'no answer',
    unreachable: 'network unreachable',
    'dns-failed': 'name not found',
    error: 'error',
  },
  clockDirection: { ahead: 'ahead of', behind: 'behind' },
  powerMode: { saver: 'power saver', wifi: 'Wi-Fi power saving' },
  httpsStage: {
    dns: 'the name lookup',
    connect: 'the connection',
    tls: 'the secure handshake',
    http: 'the web request',
    timeout: 'the request (it took too long)',
  },
  evidence: {
    ...historyEvidenceEn,
    ...dropoutAdviceEvidenceEn,
    noAdapter: 'No network adapter is switched on and connected ({{adapters}}).',
    noAddress: '{{iface}} is connected but has no usable network address.',
    selfAssigned: '{{iface}} gave itself the address {{address}}: no router answered its request for one (DHCP).',
    noRoute: 'There is no default route: this computer does not know which router leads to the internet.',
    gatewaySilent: 'Your router ({{gateway}}) answered none of {{sent}} test packets.',
    gatewayLoss: '{{loss}} % of test packets to your router ({{gateway}}) were lost ({{lost}} of {{sent}}).',
    gatewayLatency: 'Round trip to your router: {{avg}} ms on average, jitter {{jitter}} ms.',
    gatewayClean: 'The link to your router is clean: {{loss}} % loss over {{sent}} packets, {{avg}} ms.',
    targetsSilent: 'None of the internet test addresses answered ({{targets}}; {{sent}} packets).',
    targetsLoss: '{{loss}} % of test packets to the internet were lost ({{lost}} of {{sent}}; likely between {{lo}} and {{hi}} %).',
    targetsLatency: 'Round trip to the internet: {{avg}} ms on average.',
    hopLoss: 'Loss starts at your provider’s first router ({{hop}}): {{loss}} % lost there.',
    hopSilent: 'Your provider’s first router ({{hop}}) does not answer either.',
    hopClean: 'Your provider’s first router ({{hop}}) answers without loss; the loss starts further out.',
    dnsFailed: 'The name server {{server}} gave {{outcome}} for {{name}}.',
    dnsPublicOk: 'The public name server {{server}} answered for {{name}} in {{ms}} ms.',
    captiveRedirect: 'The connectivity check {{url}} was sent to {{location}} instead.',
    captivePage: 'The connectivity check {{url}} got a web page instead of an empty answer.',
    clockOffset: 'This computer’s clock is {{minutes}} minutes {{direction}} the time on {{server}}.',
    proxyUnreachable: 'The proxy {{proxy}} set on this computer does not answer: {{state}}.',
    powerSaving: 'This computer is saving power ({{what}}), which slows Wi-Fi adapters down.',
    wifiSignal: 'Wi-Fi signal {{dbm}} dBm on “{{ssid}}”, channel {{channel}} ({{band}}).',
    wifiNoise: 'Signal-to-noise ratio {{snr}} dB (25 dB or more is good).',
    wifiCrowded: '{{count}} other networks use or overlap channel {{channel}}.',
    wifiRate: 'Link rate {{rate}} Mbit/s ({{phy}}).',
    wifiBand24: '“{{ssid}}” is also offered on 5 GHz, but this computer uses 2.4 GHz.',
    vpnGatewayFailed: 'The VPN gateway {{host}} (port {{port}}) does not accept connections: {{state}}.',
    vpnNoTunnel: 'No VPN connection is active on this computer.',
    vpnInternalFailed: '{{host}} (port {{port}}) inside the company does not answer: {{state}}.',
    vpnRouteOutside: 'The way to {{host}} leads through {{iface}}, not through the VPN tunnel.',
    vpnDnsFailed: 'The company name {{name}} cannot be looked up ({{outcome}} from {{server}}).',
    vpnMtu: 'Through the VPN tunnel, packets larger than {{mtu}} bytes do not get through (1400 or more is normal).',
    storefrontCertificate: 'The certificate of {{url}} is rejected ({{code}}); valid until {{validTo}}, {{days}} days from today.',
    storefrontStatus: '{{url}} answers with an error (HTTP {{status}}).',
    storefrontNotRecognised: '{{url}} answers, but not with a Citrix StoreFront page.',
    storefrontUnreachable: '{{url}} cannot be reached: {{stage}} failed ({{code}}).',
    sessionPortClosed: 'The Citrix session host {{host}} does not accept connections on port {{port}}: {{state}}.',
    workspaceMissing: 'The Citrix Workspace app was not found on this computer.',
    httpsFailed: '{{url}} could not be opened: {{stage}} failed ({{code}}).',
    httpsCertificate: 'The certificate of {{url}} was rejected ({{code}}); it is valid until {{validTo}}.',
    ...throughputEvidenceEn,
    ...witnessEvidenceEn,
    ...measurementEvidenceEn,
    ...mediaEvidenceEn,
    ...stubWitnessEvidenceEn,
    ...routerPingEvidenceEn,
    ...tcpOnlyEvidenceEn,
    ...mediaRestEvidenceEn,
    ...mediaWanEvidenceEn,
    ...mediaVpnEvidenceEn,
  },
  finding: {
    device: {
      'no-adapter': {
        title: 'This computer is not connected to any network',
        steps: [
          'Check that Wi-Fi is switched on and airplane mode is off, or that the network cable is plugged in at both ends.',
          'Connect to your home Wi-Fi again.',
          'Restart the computer.',
          'If no network shows up at all, contact the help desk: the network adapter or its driver may be faulty.',
        ],
      },
      'no-address': {
        title: 'This computer has no network address',
        steps: [
          'Disconnect from the Wi-Fi (or unplug the cable) and connect again.',
          'Restart your router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'Restart the computer.',
          'If other devices at home work but this one does not, contact the help desk.',
        ],
      },
      'no-default-route': {
        title: 'This computer does not know the way to the internet',
        steps: [
          'Disconnect from the network and connect again.',
          'Restart the computer.',
          'If it keeps happening, contact the help desk: a VPN or security program may have changed the network settings.',
        ],
      },
      clock: {
        title: 'This computer’s clock is wrong',
        steps: [
          'Open the date and time settings and turn on “Set time automatically”.',
          'Check that the time zone is right.',
          'If the clock keeps drifting, contact the help desk: sign-ins and secure connections fail with a wrong clock.',
        ],
      },
      proxy: {
        title: 'The proxy set on this computer does not answer',
        steps: [
          'If you are at home, the proxy is probably meant for the office: turn off “Use a proxy server” in the network settings, or ask the help desk.',
          'If the company requires the proxy, contact the help desk: it is not reachable from here.',
        ],
      },
      'power-saving': {
        title: 'Power saving is slowing this computer’s Wi-Fi',
        steps: ['Plug in the power adapter for calls and remote sessions.', 'Switch the power mode to “Balanced” or “Best performance”.'],
      },
      'tls-certificate': {
        title: 'Secure websites are being rejected on this computer',
        steps: [
          'Check that the computer’s date, time and time zone are right.',
          'If you are on a hotel or guest network, open a website in the browser and sign in first.',
          'If it persists, contact the help desk: security software may be intercepting secure connections.',
        ],
      },
    },
    home: {
      ...witnessFindingsHomeEn,
      ...routerPingHomeEn,
      ...dropoutAdviceHomeEn,
      'gateway-unreachable': {
        title: 'Your router is not answering',
        steps: [
          'Check that the router is switched on and its lights look normal.',
          'Restart the router: unplug its power for 30 seconds, plug it back in and wait 3 minutes.',
          'If you use Wi-Fi, move closer to the router or connect with a network cable.',
          'If the router still does not answer, try another device. If none works, the router may be faulty: contact whoever supplied it.',
        ],
      },
      'gateway-loss': {
        title: 'The connection to your router is losing data',
        steps: [
          'If you use Wi-Fi: move closer to the router, or connect with a network cable to compare.',
          'On a cable: try another cable and another port on the router.',
          'Restart the router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'If it continues, the router may be faulty or overloaded: ask whoever supplied it to check it.',
        ],
      },
      'router-dns': {
        title: 'Your router’s name service (DNS) is not working',
        steps: [
          'Restart the router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'If it happens again, set a public DNS server in the router’s settings (or ask someone to do it for you).',
          'Until then, websites may not open even though the internet line works.',
        ],
      },
      'captive-portal': {
        title: 'This network wants you to sign in first',
        steps: [
          'Open a web browser and go to any website: the sign-in page should appear.',
          'Sign in or accept the terms of use.',
          'Run the check again afterwards.',
        ],
      },
    },
    isp: {
      ...historyFindingsEn,
      outage: {
        title: 'Your internet connection is down beyond your router',
        steps: [
          'Look at the router: is the internet / DSL / fibre light off or red?',
          'Restart the router: unplug its power for 30 seconds, plug it back in and wait 5 minutes.',
          'Check that the cable from the router to the wall socket or fibre box is firmly plugged in.',
          'If it is still down, call your internet provider: Homeline has prepared what to say.',
        ],
      },
      loss: {
        title: 'Your internet provider’s line is losing data',
        steps: [
          'Restart the router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'Check that the cable from the router to the wall socket or fibre box is firmly plugged in, without extensions or splitters you do not need.',
          'Run the check again. If the loss remains, call your internet provider: Homeline has prepared what to say.',
        ],
      },
      dns: {
        title: 'Your internet provider’s name service (DNS) is failing',
        steps: [
          'Restart the router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'If it continues, set a public DNS server in the router’s settings (or ask someone to do it for you).',
          'Tell your internet provider that their name servers are failing: Homeline has prepared what to say.',
        ],
      },
      'https-blocked': {
        title: 'Secure websites do not open, although the line works',
        steps: [
          'Restart the router and run the check again.',
          'If it continues, contact the help desk with this report.',
        ],
      },
      ...throughputFindingsEn,
      ...witnessFindingsIspEn,
      ...measurementFindingsEn,
    },
    media: { ...mediaFindingsEn, ...mediaRestFindingsEn, ...mediaWanFindingsEn, ...mediaVpnFindingsEn },
    wifi: {
      'link-loss': {
        title: 'Your Wi-Fi connection is losing data',
        steps: [
          'Move closer to the router, or remove what stands between you (walls, metal, aquarium, microwave).',
          'Connect with a network cable if you can: it is the surest fix for video calls.',
          'Restart the router: unplug its power for 30 seconds, then wait until its lights are steady.',
          'If the router offers 5 GHz, use that network name.',
          'If this keeps happening, ask whoever supplied the router about a mesh system or a repeater for your workplace.',
        ],
      },
      'weak-signal': {
        title: 'The Wi-Fi signal is weak here',
        steps: [
          'Move closer to the router or into the same room.',
          'Keep the router in the open, high up, not in a cupboard or behind the TV.',
          'Connect with a network cable if you can.',
          'If you cannot work near the router, ask whoever supplied it about a mesh system or a repeater.',
        ],
      },
      'low-snr': {
        title: 'There is a lot of radio noise on your Wi-Fi channel',
        steps: [
          'Keep the computer and the router away from microwaves, baby monitors and cordless phones.',
          'Restart the router: it may pick a quieter channel.',
          'Use the router’s 5 GHz network if it has one.',
        ],
      },
      'crowded-channel': {
        title: 'Your Wi-Fi channel is crowded by neighbouring networks',
        steps: [
          'Use the router’s 5 GHz network if it has one: it has many more channels.',
          'Restart the router, or set its channel to automatic: it may pick a quieter one.',
          'If you know how, choose channel 1, 6 or 11 in the router’s settings, whichever has the fewest neighbours.',
        ],
      },
      'slow-link': {
        title: 'The Wi-Fi link runs slowly',
        steps: [
          'Move closer to the router.',
          'If your router or computer is very old, it may only support an old Wi-Fi standard: ask whoever supplied the router about a newer one.',
        ],
      },
      'band-24': {
        title: 'This computer uses the slower 2.4 GHz band',
        steps: [
          'Connect to the router’s 5 GHz network (often the same name with “5G” added), if you are in the same room or the next one.',
          'Through several walls, 2.4 GHz can be the better choice: compare with a check.',
        ],
      },
    },
    vpn: {
      ...dropoutAdviceVpnEn,
      'gateway-unreachable': {
        title: 'The company VPN gateway cannot be reached',
        steps: [
          'Your internet connection works, so this is most likely on the company’s side.',
          'Quit the VPN client completely and start it again, then connect.',
          'If you are on a hotel or guest network, try another network or your phone’s hotspot: some networks block VPNs.',
          'Contact the help desk: the VPN gateway may be down. Homeline can send them this report.',
        ],
      },
      'tunnel-down': {
        title: 'The company VPN is not connected',
        steps: [
          'Open your VPN client and connect.',
          'If it does not connect, quit the VPN client completely, start it again and sign in again.',
          'If it still fails, contact the help desk with this report.',
        ],
      },
      dns: {
        title: 'Company names cannot be looked up through the VPN',
        steps: [
          'Disconnect the VPN and connect again.',
          'This needs the help desk: the company’s name service (DNS) over the VPN is not answering. Homeline can send them this report.',
        ],
      },
      'internal-unreachable': {
        title: 'Company systems do not answer through the VPN',
        steps: [
          'Disconnect the VPN and connect again.',
          'This needs the help desk: the VPN is connected but does not lead to the company’s systems. Homeline can send them this report.',
        ],
      },
      mtu: {
        title: 'The VPN tunnel lets only small packets through',
        steps: [
          'Disconnect the VPN and connect again.',
          'If pages hang or remote sessions freeze, tell the help desk: the VPN’s packet size (MTU) needs adjusting. Homeline can send them this report.',
        ],
      },
    },
    citrix: {
      certificate: {
        title: 'The company’s Citrix portal has an invalid certificate',
        steps: [
          'Do not accept a security warning for this site.',
          'This needs the help desk: the Citrix portal’s certificate must be renewed or corrected. Homeline can send them this report.',
        ],
      },
      'storefront-error': {
        title: 'The company’s Citrix portal is not working',
        steps: [
          'Wait a few minutes and try again.',
          'This needs the help desk: the Citrix portal answers with an error. Homeline can send them this report.',
        ],
      },
      'storefront-unreachable': {
        title: 'The company’s Citrix portal cannot be reached',
        steps: [
          'If you need the VPN for Citrix, check that it is connected.',
          'Contact the help desk: the Citrix portal does not answer. Homeline can send them this report.',
        ],
      },
      'session-ports': {
        title: 'Citrix sessions cannot be opened',
        steps: [
          'Close Citrix Workspace and start your desktop or app again.',
          'This needs the help desk: the Citrix servers do not accept session connections. Homeline can send them this report.',
        ],
      },
      'workspace-missing': {
        title: 'The Citrix Workspace app is not installed',
        steps: [
          'Install the Citrix Workspace app from the company’s software portal, or ask the help desk for it.',
        ],
      },
    },
    unsure: { ...unsureFindingsEn, ...tcpOnlyUnsureEn },
  },
  witness: witnessEn,
  resolverOwner: resolverOwnerEn,
  ispCall: ispCallEn,
  ispConfirm: ispConfirmEn,
  history: historyEn,
  monitor: monitorEn,
  monitorHistory: monitorHistoryEn,
  app: appEn,
  dropoutsApp: dropoutsAppEn,
  monitorPause: monitorPauseEn,
  dropoutTicket: dropoutTicketEn,
  dropoutSnapshot: dropoutSnapshotEn,
  viewer: viewerEn,
  cli: {
    title: 'Homeline connection check',
    verdict: 'Result',
    owner: 'Where the problem is',
    whatToDo: 'What to do',
    findings: 'What Homeline found',
    ispCall: 'Calling your internet provider',
    ispChecklist: 'Before you call',
    ispScript: 'What to say',
    duration: 'Checked in {{seconds}} s.',
    quickNote: 'Quick check: speed and load tests were left out.',
    probeFailed: 'Could not check: {{probes}}.',
    usageError: 'Usage error: {{message}}',
  },
  fleet: fleetEn,
  tickets: ticketsEn,
  parse: parseEn,
  ticketOutbox: ticketOutboxEn,
  door: { ...doorEn, rule: { ...doorEn.rule, ...mediaRestDoorRuleEn } },
  ispCallHome: ispCallHomeEn,
  monitorPing: monitorPingEn,
  cliUsage: cliUsageEn,
  bundle: bundleEn,
  policy: policyEn,
  cliHelp: cliHelpEn,
  media: mediaEn,
  mediaRest: mediaRestEn,
  mediaWan: mediaWanEn,
  mediaVpn: mediaVpnEn,
  ispCallMedia: ispCallMediaEn,
} as const;
