/** Varför anslutningsövervakningen pausar, på svenska: raden i aktivitetsfältet och sidan med avbrott. */
export const monitorPauseSv = {
  tray: {
    'power-saver': 'Anslutningsövervakningen pausad: batterisparläge',
    metered: 'Anslutningsövervakningen pausad: datapottsbegränsad anslutning',
    'woke-up': 'Anslutningsövervakningen pausad: datorn har just vaknat',
  },
  state: {
    metered: 'Anslutningsövervakningen pausar medan den här anslutningen är datapottsbegränsad (mobildata eller en surfzon), för att spara din datamängd.',
  },
};
