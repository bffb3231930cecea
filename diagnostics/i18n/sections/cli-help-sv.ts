import type { CatalogShape } from '../catalog-shape.js';
import type { cliHelpEn } from './cli-help-en.js';

/** `homeline --help` och `homeline KOMMANDO --help`, på svenska. */
export const cliHelpSv: CatalogShape<typeof cliHelpEn> = {
  overview: {
    intro: [
      'Användning: homeline KOMMANDO [FLAGGOR]',
      '            {{check}}',
      '',
      'Homeline kontrollerar den här datorn, ditt wifi och din router, din internetleverantör samt företagets VPN',
      'och Citrix, och berättar vems problemet är och vad du kan göra. Utan kommando körs check.',
    ],
    outro: [
      'homeline KOMMANDO --help (eller homeline help KOMMANDO) visar ett kommandos flaggor, exempel och slutkoder.',
      'Slutkoder: 0 inget fel, 1 ett problem hittades, 2 fel i kommandot eller inställningarna; vissa kommandon har egna.',
    ],
    more: 'homeline --help listar alla kommandon.',
  },
  group: {
    connection: 'Kontrollera anslutningen',
    provider: 'Din leverantör',
    helpdesk: 'Helpdesk',
    agents: 'Supportpersonal',
    admin: 'Administratörer',
  },
  label: {
    usage: 'Användning:',
    options: 'Flaggor:',
    examples: 'Exempel:',
    exit: 'Slutkoder:',
    default: '(standard: {{value}})',
  },
  common: {
    lang: 'språk för utskriften: en, de eller sv (standard: systemets språk)',
    help: 'visa den här hjälpen',
  },
  error: {
    unknownFlag: '{{flag}} är ingen flagga för ”homeline {{command}}”.',
    needsValue: '{{flag}} behöver ett värde ({{value}}).',
    noValue: '{{flag}} tar inget värde.',
    unknownCommand: '”{{command}}” är inget Homeline-kommando.',
  },
  cmd: {
    check: {
      summary: 'kontrollera anslutningen och säg vems problemet är (standardkommandot)',
      about: [
        'Kör varje kontroll som profilen och den här datorn gör möjlig, visar resultatet och vad du kan göra,',
        'och sparar det i historiken.',
      ],
      flags: {
        profile: 'företagets mål att kontrollera (standard: den hanterade policyn, sedan inbyggda standardvärden)',
        json: 'skriv hela rapporten som JSON till FILE, eller till standard ut med -',
        bundle: 'skriv diagnospaketet till helpdesken till FILE',
        replay: 'besvara systemkommandon från en inspelad rapport eller inspelning (helpdesk, tester)',
        quick: 'hoppa över hastighets- och belastningstesterna',
        history: 'spara inte den här kontrollen i historiken',
      },
      exit: '0 inget fel, 1 ett problem hittades, 2 fel i kommandot eller profilen.',
    },
    monitor: {
      summary: 'bevaka anslutningen en stund och lista varje avbrott',
      about: [
        'Bevakar routern, leverantören, två internetmål och (med tunneln uppe) företagets VPN en gång per sekund,',
        'och listar varje avbrott (inget svar på 2 s eller mer) och dålig period (förluster eller fördröjning) med',
        'den del där det ligger. Ctrl+C avbryter i förtid.',
        'Liksom appen pausar den vid batterisparläge och på datapottsbegränsade anslutningar om inte policyn låter den',
        'köra; --on-metered låter den här körningen fortsätta på en sådan anslutning (appen följer policyn).',
      ],
      flags: {
        duration: 'hur länge bevakningen pågår: t.ex. 90s, 10m eller 1h, högst 24h',
        interval: 'millisekunder mellan varven, 200 till 60000',
        json: 'skriv även avbrotten som JSON till FILE, eller till standard ut med -',
        profile: 'företagets mål att bevaka (standard: den hanterade policyn, sedan inbyggda standardvärden)',
        history: 'spara inte avbrotten i historiken',
        'on-metered': 'fortsätt övervaka på en datapottsbegränsad anslutning (mobildata, en surfzon), oavsett policyn',
      },
      exit: '0 inga sedda, 1 avbrott eller dåliga perioder sedda, 2 fel i kommandot eller inget att bevaka.',
    },
    history: {
      summary: 'de senaste dagarnas kontroller och mönstren i dem',
      about: ['Listar de sparade kontrollerna från de senaste N dagarna och de mönster Homeline ser i dem (t.ex. varje kväll).'],
      flags: {
        days: 'hur många dagar bakåt som listas',
        json: 'skriv ut kontrollerna och mönstren som JSON',
      },
      exit: '0 listade, 2 fel i kommandot.',
    },
    ispSet: {
      summary: 'kom ihåg din leverantör, avtalad hastighet, kundnummer och linje-ID',
      about: ['Sparar det du anger till samtalsstödet; värden du utelämnar förblir som de var. Visar det som sparats.'],
      flags: {
        name: 'leverantörens namn',
        'contract-down': 'nedladdningshastighet enligt avtalet, Mbit/s',
        'contract-up': 'uppladdningshastighet enligt avtalet, Mbit/s',
        customer: 'ditt kundnummer',
        line: 'ditt linje-ID',
      },
      exit: '0 sparat, 2 fel i kommandot.',
    },
    ispShow: {
      summary: 'visa vad Homeline minns om din leverantör',
      about: ['Visar leverantörsuppgifterna som sparats med homeline isp set.'],
      flags: {},
      exit: '0 visat.',
    },
    ispKit: {
      summary: 'samtalsstödet för din leverantör från den senaste kontrollen: checklista och manus',
      about: ['Skriver vad du ska ha till hands och vad du ska säga när du ringer din leverantör, från den senaste kontrollen och dess historik.'],
      flags: {
        done: 'vad du gjorde inför den senaste kontrollen (tid för omstart av routern, kabel, annan enhet eller none): manuset påstår bara det',
        format: 'text, html eller pdf (pdf kräver --out)',
        out: 'skriv samtalsstödet till FILE i stället för standard ut',
      },
      exit: '0 skrivet, 1 ingen kontroll sparad ännu, 2 fel i kommandot.',
    },
    bundlePreview: {
      summary: 'visa vad ett paket (eller ett paket byggt av en --json-rapport) innehåller',
      about: ['Visar varje fil i paketet precis som helpdesken skulle få den, maskerad. Ingenting skickas.'],
      flags: {},
      exit: '0 visat, 2 fel i kommandot eller en fil som varken är paket eller rapport.',
    },
    ticket: {
      summary: 'lämna in ett paket som ärende hos helpdesken, exakt en gång',
      about: [
        'Lägger paketet i utkorgen och skickar det till den helpdesk som CONNECTOR anger i konfigurationsfilen',
        '(standard: helpdesk.json i Homelines datamapp; utan --to och --config den hanterade policyns helpdesk).',
        'Ett ärende som inte kan skickas nu skickas senare, exakt en gång. Inloggningsuppgifterna kommer från',
        'HOMELINE_HELPDESK_TOKEN, filen som HOMELINE_HELPDESK_TOKEN_FILE anger, eller secrets/CONNECTOR i datamappen;',
        'en fil får bara kunna läsas av dig (chmod 600).',
      ],
      flags: {
        bundle: 'paketet som ska lämnas in (från homeline check --bundle)',
        to: 'helpdeskkopplingen som ska användas (standard: den hanterade policyns helpdesk)',
        config: 'helpdeskens konfigurationsfil',
      },
      exit: '0 skickat, 1 inte accepterat eller uppgivet, 2 fel i kommandot eller inställningarna (inget skickades), 75 sparat för ett senare försök.',
    },
    outbox: {
      summary: 'lista, skicka eller försök igen med ärendena som väntar i utkorgen',
      about: [
        'list (standard) visar varje ärende och dess läge; send skickar ärendena vars nästa försök är dags;',
        'retry försöker igen nu med misslyckade och väntande ärenden (alla, eller de angivna ID:na).',
      ],
      flags: { json: 'skriv ut ärendena som JSON' },
      exit: '0 inget väntar eller misslyckades, 1 inte accepterat eller uppgivet, 2 fel i kommandot eller inställningarna, 75 några väntar ännu.',
    },
    view: {
      summary: 'visa ett pakets resultat, eller skriv det som en fristående HTML-rapport',
      about: ['Kontrollerar att paketet är oskadat och visar dess resultat; --html skriver en rapport som byggs på nytt från dess report.json.'],
      flags: { html: 'skriv en fristående HTML-rapport till FILE' },
      exit: '0 visat, 2 fel i kommandot eller en skadad eller främmande fil.',
    },
    parse: {
      summary: 'läs det någon klistrat in (ping, ipconfig, netsh …) med Homelines egna tolkare',
      about: [
        'Läser vad ett kommando skrev ut (inklistrat i ett ärende, sparat i FILE, eller på standard in med -) och visar',
        'de fakta som hittades och vad som inte gick att läsa. KIND är en av {{kinds}}; utelämnad känns den igen från texten.',
        'Byte i Windows teckentabeller (437, 850, 852, 858, 865, 866, 1252), UTF-8 och UTF-16 accepteras.',
      ],
      flags: { json: 'skriv ut fakta som JSON (scheman: diagnostics/schema/published/parse-KIND.schema.json)' },
      exit: '0 läst, 1 texten är ingen utskrift Homeline känner till, 2 fel i kommandot eller oläsbar indata.',
    },
    diff: {
      summary: 'vad som ändrats mellan två kontroller: fynd, resultat, mätvärden',
      about: ['Jämför två kontroller (paket eller --json-rapporter), den tidigare först.'],
      flags: { json: 'skriv ut skillnaden som JSON' },
      exit: '0 inget ändrat utöver brus, 1 något har ändrats, 2 fel i kommandot eller en fil som inte är en kontroll.',
    },
    stats: {
      summary: 'antal och medianvärden över många kontroller, t.ex. en mapp med ärendepaket',
      about: ['Läser varje paket och rapport i de angivna mapparna och filerna; oläsbara filer listas utan att avbryta.'],
      flags: {
        format: 'text, csv, json eller html',
        out: 'skriv till FILE i stället för standard ut',
        'time-zone': 'tidszon för dygnets timmar, t.ex. Europe/Stockholm (standard: den här datorns)',
      },
      exit: '0 räknat, 2 fel i kommandot.',
    },
    policy: {
      summary: 'inställningarna som gäller och vad den hanterade policyn satt, låst eller ignorerat',
      about: [
        'Visar varje inställnings värde och om policyn, användaren eller standardvärdet satte det, vad som är låst,',
        'var den hanterade policyn lästes och vilka policyvärden som ignorerades och varför.',
      ],
      flags: { json: 'skriv inställningarna som JSON till FILE, eller till standard ut med -' },
      exit: '0 inget policyvärde ignorerat, 1 något policyvärde ignorerades, 2 fel i kommandot.',
    },
  },
};
