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
  httpsStage: {
    dns: 'the name lookup',
    connect: 'the connection',
    tls: 'the secure handshake',
    http: 'the web request',
    timeout: 'the request (it took too long)',
  },
  evidence: {
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
    httpsFailed: '{{url}} could not be opened: {{stage}} failed ({{code}}).',
    httpsCertificate: 'The certificate of {{url}} was rejected ({{code}}); it is valid until {{validTo}}.',
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
    },
  },
  ispCall: {
    checklist: [
      'Restart your router (power off for 30 seconds) and run the check again.',
      'Connect the computer with a network cable and check again, to rule out Wi-Fi.',
      'Try a second device (phone on Wi-Fi, mobile data off) to confirm.',
      'Have at hand: your customer number, the line or contract ID, the address of the line, and the speed in your contract.',
      'Note when the problem happens (all day, evenings, when it rains…).',
      'Keep this report open during the call.',
    ],
    greeting: 'Hello, I am calling about my internet line. I have run a measurement with a diagnostic tool.',
    factGatewayClean: 'Inside my home everything is fine: the connection to my router loses {{loss}} % of packets ({{avg}} ms).',
    factLoss: 'Beyond the router, {{loss}} % of packets are lost ({{lost}} of {{sent}}, measured on {{date}}).',
    factLossStart: 'The loss already starts at your first router, {{hop}}.',
    factOutage: 'Beyond the router nothing answers: {{sent}} of {{sent}} test packets were lost, including your first router {{hop}}.',
    factDns: 'Your name server {{server}} gives {{outcome}}, while public name servers answer normally.',
    factLatency: 'The round trip to the internet takes {{avg}} ms.',
    askMeasure: 'Could you please measure my line from your side and check its sync rate and error counters?',
    askOutage: 'Is there a known outage or maintenance in my area?',
    askTechnician: 'If you cannot find the cause remotely, please send a technician. I have already restarted my router.',
    anticipate: 'If you are asked to restart the router or to test with a cable: I have already done so, and the figures above were measured after that.',
  },
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
    help: [
      'Usage: homeline check [--profile FILE] [--json FILE|-] [--bundle FILE] [--quick] [--lang en|de|sv]',
      '',
      'Checks this computer, your Wi-Fi and router, your internet provider, and the company VPN and Citrix,',
      'and tells you whose problem it is and what to do.',
      '',
      '  --profile FILE   company targets to check (default: the managed policy, then built-in defaults)',
      '  --json FILE|-    write the full report as JSON to FILE, or to standard output with -',
      '  --bundle FILE    write the diagnostic bundle for the help desk',
      '  --quick          leave out the speed and load tests',
      '  --lang LANG      language: en, de or sv (default: the system language)',
      '',
      'Exit codes: 0 nothing wrong, 1 a problem was found, 2 usage or profile error.',
    ],
  },
} as const;
