/** Kontrollen som gjordes när ett avbrott började, öppnad från sidan med avbrott, på svenska. */
export const dropoutSnapshotSv = {
  open: 'Öppna den här kontrollen',
  title: 'Kontrollen från {{time}}',
  intro: 'Homeline gjorde den här snabba kontrollen när avbrottet började. Texterna är på det språk appen använde då; kommandonas råa utdata sparas inte med den.',
  close: 'Stäng kontrollen',
  loading: 'Öppnar kontrollen …',
  gone: 'Den här kontrollen finns inte längre sparad på den här datorn.',
  failed: 'Kontrollen kunde inte öppnas: {{message}}',
};
