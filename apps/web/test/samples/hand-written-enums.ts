// What src/lib/enums.ts held before the lists were generated: the test checks its own detector on it.
/* eslint-disable @typescript-eslint/no-unused-vars */
const eventTypes = { BATTLES: true, PROTESTS: true, RIOTS: true };
const subEventTypes = { ARMED_CLASH: 'BATTLES', PEACEFUL_PROTEST: 'PROTESTS', MOB_VIOLENCE: 'RIOTS' };
const datePrecisions = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
// Not a copy: what the schema does not say, keyed by its values.
const colours = { BATTLES: '#D55E00', PROTESTS: '#56B4E9', RIOTS: '#7a6a00' };
