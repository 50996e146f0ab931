// Okabe–Ito, a palette colour-blind readers can tell apart. Each category value has one colour
// everywhere in the client: Battles on the map are the colour of Battles in the chart.
const blue = '#0072B2';
const vermilion = '#D55E00';
const green = '#009E73';
const purple = '#CC79A7';
const orange = '#E69F00';
const sky = '#56B4E9';
const olive = '#7a6a00';
const black = '#1b1f24';
const grey = '#8c959f';

const fixed: Record<string, string> = {
  // domains
  security: vermilion,
  diplomacy: blue,
  energy: green,
  // security event types
  BATTLES: vermilion,
  EXPLOSIONS_REMOTE_VIOLENCE: orange,
  VIOLENCE_AGAINST_CIVILIANS: purple,
  PROTESTS: sky,
  RIOTS: olive,
  STRATEGIC_DEVELOPMENTS: blue,
  // military facility kinds
  BASE: black,
  OUTPOST: olive,
  BORDER_POST: grey,
  ARMS_FACTORY: purple,
  TRAINING_CENTRE: sky,
  // energy project statuses: further along is greener
  ANNOUNCED: orange,
  PRE_CONSTRUCTION: sky,
  CONSTRUCTION: blue,
  OPERATING: green,
  SHELVED: grey,
  CANCELLED: black,
  MOTHBALLED: olive,
  RETIRED: purple,
  // energy technologies
  SOLAR_PV: orange,
  FLOATING_SOLAR: sky,
  WIND: blue,
  HYDRO: green,
  BATTERY_STORAGE: purple,
  HVDC_TRANSMISSION: vermilion,
  HVAC_TRANSMISSION: olive,
  GAS: grey,
  COAL: black,
  OTHER: grey,
};

const spare = [blue, vermilion, green, purple, orange, sky, olive];

/** The colour of a category value; values without one get a stable colour from their name. */
export function colourOf(key: string): string {
  const known = fixed[key];
  if (known) return known;
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return spare[hash % spare.length] ?? grey;
}
