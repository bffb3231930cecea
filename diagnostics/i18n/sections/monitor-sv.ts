import type { CatalogShape } from '../catalog-shape.js';
import type { monitorEn } from './monitor-en.js';

/** Anslutningsövervakningens texter, på svenska. */
export const monitorSv: CatalogShape<typeof monitorEn> = {
  segment: { home: 'ditt hemnätverk eller wifi', isp: 'din internetleverantör', vpn: 'företagets VPN' },
  kind: { dropout: 'avbrott', 'bad-spell': 'dålig period' },
  pause: { 'power-saver': 'batterisparläget är på', metered: 'anslutningen är datapottsbegränsad', 'woke-up': 'datorn har just vaknat' },
  note: {
    'no-gateway': 'Datorn har ingen standardgateway: hemnätverket övervakas inte.',
    'no-internet-target': 'Profilen anger inget internetmål: avbrott bortom routern syns inte.',
    'no-provider-hop': 'Leverantörens första router svarade inte: avbrott bortom routern visas bara av internetmålen.',
  },
  cli: {
    help: [
      'homeline monitor [--duration 10m] [--json FIL] [--profile FIL] [--interval MS] [--no-history] [--lang en|de|sv]',
      '  Övervakar routern, leverantören, två internetmål och (med tunneln uppe) företagets VPN en gång per sekund',
      '  och listar varje avbrott (inget svar i 2 s eller mer) och varje dålig period (förlust eller fördröjning) med delen det gäller.',
      '  Varje händelse sparas i historiken med en snabb kontroll från när den började (--no-history: inget sparas).',
      '  Slutkod 0: inga; 1: några; 2: fel i anropet.',
    ],
    badDuration: 'ingen tidslängd: {{value}} (t.ex. 90s, 10m eller 1h, högst 24h)',
    start: 'Övervakar {{count}} mål en gång per sekund i {{duration}} (Ctrl+C avslutar tidigare).',
    status: '{{elapsed}} · {{state}} · avbrott {{dropouts}} · dåliga perioder {{spells}}',
    allAnswer: 'allt svarar',
    silentNow: 'inget svar från {{segment}}',
    pausedNow: 'pausad: {{reason}}',
    began: '{{time}}  {{kind}} började: {{segment}}',
    ended: '{{time}}  {{kind}} slutade: {{segment}}, {{seconds}} s',
    clean: 'Inga avbrott och inga dåliga perioder på {{minutes}} min.',
    header: '{{dropouts}} avbrott och {{spells}} dåliga perioder på {{minutes}} min:',
    line: '  {{start}}–{{end}}  {{kind}}  {{segment}}  {{seconds}} s',
    loss: ', {{loss}} % förlust',
    rtt: ', median {{rtt}} ms',
    hopSilent: ', även leverantörens första router var tyst',
    routerAnswered: ', routern svarade hela tiden',
    paused: 'Pausad i {{seconds}} s ({{sleeps}} gånger i viloläge).',
    wrote: 'Skrev {{file}}.',
  },
};
