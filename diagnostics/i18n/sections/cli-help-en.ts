/** `homeline --help` and `homeline CMD --help`, in English (the source). Keys under `cmd` follow diagnostics/cli/command-specs.ts. */
export const cliHelpEn = {
  overview: {
    intro: [
      'Usage: homeline COMMAND [OPTIONS]',
      '       {{check}}',
      '',
      'Homeline checks this computer, your Wi-Fi and router, your internet provider, and the company VPN and',
      'Citrix, and tells you whose problem it is and what to do. Without a command it runs check.',
    ],
    outro: [
      'homeline COMMAND --help (or homeline help COMMAND) shows a command’s options, examples and exit codes.',
      'Exit codes: 0 nothing wrong, 1 a problem was found, 2 usage or set-up error; some commands add their own.',
    ],
    more: 'homeline --help lists every command.',
  },
  group: {
    connection: 'Check your connection',
    provider: 'Your provider',
    helpdesk: 'Help desk',
    agents: 'Support agents',
    admin: 'Administrators',
  },
  label: {
    usage: 'Usage:',
    options: 'Options:',
    examples: 'Examples:',
    exit: 'Exit codes:',
    default: '(default: {{value}})',
  },
  common: {
    lang: 'language of the output: en, de or sv (default: the system language)',
    help: 'show this help',
  },
  error: {
    unknownFlag: '{{flag}} is not an option of "homeline {{command}}".',
    needsValue: '{{flag}} needs a value ({{value}}).',
    noValue: '{{flag}} takes no value.',
    unknownCommand: '"{{command}}" is not a Homeline command.',
  },
  cmd: {
    check: {
      summary: 'check the connection and say whose problem it is (the default command)',
      about: [
        'Runs every check the profile and this computer make possible, prints the result and what to do,',
        'and adds it to the history.',
      ],
      flags: {
        profile: 'company targets to check (default: the managed policy, then built-in defaults)',
        json: 'write the full report as JSON to FILE, or to standard output with -',
        bundle: 'write the diagnostic bundle for the help desk to FILE',
        replay: 'answer system commands from a recorded report or recording (help desks, tests)',
        quick: 'leave out the speed and load tests',
        history: 'do not add this check to the history',
      },
      exit: '0 nothing wrong, 1 a problem was found, 2 usage or profile error.',
    },
    monitor: {
      summary: 'watch the connection for a while and list every drop-out',
      about: [
        'Watches the router, the provider, two internet targets and (with the tunnel up) the company VPN once a',
        'second, and lists every drop-out (no answer for 2 s or more) and bad spell (loss or delay) with the part',
        'it lies in. Ctrl+C stops early.',
        'Like the app, it pauses on battery saver and on a metered connection unless the managed policy keeps it',
        'running; --on-metered keeps this run going on a metered one (the policy still governs the app).',
      ],
      flags: {
        duration: 'how long to watch: e.g. 90s, 10m or 1h, at most 24h',
        interval: 'milliseconds between rounds, 200 to 60000',
        json: 'also write the drop-outs as JSON to FILE, or to standard output with -',
        profile: 'company targets to watch (default: the managed policy, then built-in defaults)',
        history: 'do not add the drop-outs to the history',
        'on-metered': 'keep watching on a metered connection (mobile data, a hotspot), whatever the policy',
      },
      exit: '0 none seen, 1 drop-outs or bad spells seen, 2 usage error or nothing to watch.',
    },
    history: {
      summary: 'the checks of the last days and the patterns in them',
      about: ['Lists the recorded checks of the last N days and the patterns Homeline sees in them (e.g. every evening).'],
      flags: {
        days: 'how many days back to list',
        json: 'print the checks and patterns as JSON',
      },
      exit: '0 listed, 2 usage error.',
    },
    ispSet: {
      summary: 'remember your provider, contract speed, customer number and line ID',
      about: ['Saves what you give for the call kit; values left out stay as they were. Prints what is saved.'],
      flags: {
        name: 'the provider’s name',
        'contract-down': 'download speed in your contract, Mbit/s',
        'contract-up': 'upload speed in your contract, Mbit/s',
        customer: 'your customer number',
        line: 'your line ID',
      },
      exit: '0 saved, 2 usage error.',
    },
    ispShow: {
      summary: 'show what Homeline remembers about your provider',
      about: ['Prints the provider details saved with homeline isp set.'],
      flags: {},
      exit: '0 shown.',
    },
    ispKit: {
      summary: 'the call kit for your provider from the last check: checklist and script',
      about: ['Writes what to have ready and what to say when you call your provider, from the last check and its history.'],
      flags: {
        done: 'what you did for the last check (router restart time, cable, second device, or none): the script claims only that',
        format: 'text, html or pdf (pdf needs --out)',
        out: 'write the kit to FILE instead of standard output',
      },
      exit: '0 written, 1 no check recorded yet, 2 usage error.',
    },
    bundlePreview: {
      summary: 'show what a bundle (or a bundle made from a --json report) holds',
      about: ['Prints every file of the bundle exactly as the help desk would receive it, redacted. Nothing is sent.'],
      flags: {},
      exit: '0 shown, 2 usage error or a file that is not a bundle or report.',
    },
    ticket: {
      summary: 'file a bundle as a ticket at the help desk, exactly once',
      about: [
        'Queues the bundle in the outbox, then sends it to the help desk CONNECTOR names in the configuration',
        'file (default: helpdesk.json in Homeline’s data folder; without --to and --config, the managed policy’s',
        'help desk). A ticket that cannot be sent now is sent later, exactly once. The credential comes from',
        'HOMELINE_HELPDESK_TOKEN, the file HOMELINE_HELPDESK_TOKEN_FILE names, or secrets/CONNECTOR in the data',
        'folder; a file must be readable only by you (chmod 600).',
      ],
      flags: {
        bundle: 'the bundle to file (from homeline check --bundle)',
        to: 'the help desk connector to use (default: the managed policy’s help desk)',
        config: 'the help desk configuration file',
      },
      exit: '0 sent, 1 not accepted or given up, 2 usage or set-up error (nothing was sent), 75 kept for a later try.',
    },
    outbox: {
      summary: 'list, send or retry the tickets waiting in the outbox',
      about: [
        'list (the default) shows every ticket and its state; send sends the tickets whose next try is due;',
        'retry tries failed and waiting tickets again now (all, or the IDs given).',
      ],
      flags: { json: 'print the tickets as JSON' },
      exit: '0 nothing waits or failed, 1 not accepted or given up, 2 usage or set-up error, 75 some still wait.',
    },
    view: {
      summary: 'show a bundle’s result, or write it as a standalone HTML report',
      about: ['Checks the bundle’s integrity and prints its result; --html writes a report made afresh from its report.json.'],
      flags: { html: 'write a standalone HTML report to FILE' },
      exit: '0 shown, 2 usage error or a damaged or foreign file.',
    },
    parse: {
      summary: 'read what a user pasted (ping, ipconfig, netsh …) with Homeline’s own parsers',
      about: [
        'Reads what a command printed (pasted into a ticket, saved to FILE, or on standard input with -) and prints',
        'the facts found and what could not be read. KIND is one of {{kinds}}; left out, it is recognised from the text.',
        'Bytes in Windows code pages (437, 850, 852, 858, 865, 866, 1252), UTF-8 and UTF-16 are accepted.',
      ],
      flags: { json: 'print the facts as JSON (schemas: diagnostics/schema/published/parse-KIND.schema.json)' },
      exit: '0 read, 1 the text is not an output Homeline knows, 2 usage error or unreadable input.',
    },
    diff: {
      summary: 'what changed between two checks: findings, result, figures',
      about: ['Compares two checks (bundles or --json reports), the earlier one first.'],
      flags: { json: 'print the difference as JSON' },
      exit: '0 nothing changed beyond noise, 1 something changed, 2 usage error or a file that is not a check.',
    },
    stats: {
      summary: 'counts and median figures across many checks, e.g. a folder of ticket bundles',
      about: ['Reads every bundle and report in the folders and files given; unreadable files are listed, not fatal.'],
      flags: {
        format: 'text, csv, json or html',
        out: 'write to FILE instead of standard output',
        'time-zone': 'time zone for the hours of the day, e.g. Europe/Berlin (default: this computer’s)',
      },
      exit: '0 counted, 2 usage error.',
    },
    policy: {
      summary: 'the settings in effect and what the managed policy set, locked or ignored',
      about: [
        'Shows each setting’s value and whether the policy, the user or the default set it, what is locked, where',
        'the managed policy was read from, and which policy values were ignored and why.',
      ],
      flags: { json: 'write the settings as JSON to FILE, or to standard output with -' },
      exit: '0 no policy value ignored, 1 some policy value was ignored, 2 usage error.',
    },
  },
};
