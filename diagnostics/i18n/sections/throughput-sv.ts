import type { CatalogShape } from '../catalog-shape.js';
import type { throughputEvidenceEn, throughputFindingsEn } from './throughput-en.js';

/** Belägg med uppmätta hastigheter och svarstider. */
export const throughputEvidenceSv: CatalogShape<typeof throughputEvidenceEn> = {
  throughputDownload: 'Nedladdning uppmätt till {{mbps}} Mbit/s ({{streams}} parallella anslutningar till {{server}}, {{seconds}} s räknade); företagets minimum är {{min}} Mbit/s.',
  throughputUpload: 'Uppladdning uppmätt till {{mbps}} Mbit/s ({{streams}} parallella anslutningar till {{server}}, {{seconds}} s räknade); företagets minimum är {{min}} Mbit/s.',
  loadedLatency: 'Svarstid till {{target}}: {{idle}} ms när linjen är ledig, {{loaded}} ms när den är belastad (+{{increase}} ms, betyg {{grade}}).',
  loadedLatencyHome: 'Svarstiden till din router ligger kvar på {{loaded}} ms under samma belastning: fördröjningen uppstår på internetlinjen.',
};

/** Rubriker och steg för fynden. */
export const throughputFindingsSv: CatalogShape<typeof throughputFindingsEn> = {
  'slow-download': {
    title: 'Din internetlinje laddar ner långsammare än arbetet kräver',
    steps: [
      'Stoppa stora nedladdningar, streaming och molnsäkerhetskopior på andra enheter och kör kontrollen igen.',
      'Anslut datorn med nätverkskabel och kontrollera igen, för att utesluta wifi.',
      'Jämför värdet med hastigheten i ditt avtal. Ligger det kvar under, ring din internetleverantör: Homeline har förberett vad du kan säga.',
    ],
  },
  'slow-upload': {
    title: 'Din internetlinje laddar upp långsammare än arbetet kräver',
    steps: [
      'Pausa molnsäkerhetskopior, fotouppladdningar och filsynkronisering på andra enheter och kör kontrollen igen.',
      'Anslut datorn med nätverkskabel och kontrollera igen, för att utesluta wifi.',
      'Jämför värdet med uppladdningshastigheten i ditt avtal. Ligger det kvar under, ring din internetleverantör: Homeline har förberett vad du kan säga.',
    ],
  },
  bufferbloat: {
    title: 'Din linje blir mycket trög att svara när den är belastad',
    steps: [
      'Undvik stora uppladdningar och nedladdningar under samtal och fjärrsessioner (molnsäkerhetskopior, spel- eller systemuppdateringar).',
      'Om din router har ”Smart Queue Management”, ”SQM” eller en inställning för tjänstekvalitet, slå på den och ställ in den något under linjens hastighet.',
      'Fortsätter det, fråga din internetleverantör om en router med aktiv köhantering: Homeline har förberett vad du kan säga.',
    ],
  },
};
