// A few records in the graph's shapes, enough for the views to have something to show.
export const source = {
  id: 'amu-tv-tajik-forces-kill-three-ansarullah',
  title: "Tajikistan forces kill three 'terrorists' who crossed border from Afghanistan",
  publisher: 'Amu TV',
  originalPublisher: null,
  author: null,
  publishedOn: '2023-09-06',
  datePrecision: 'DAY' as const,
  url: null,
  dateNote: null,
};

export const citation = (quote: string) => ({ quote, note: null, source });

export const tajikistan = { code: 'TJK', isoNumeric: '762', name: 'Tajikistan', aliases: ['Republic of Tajikistan'], outsideKnowledge: null, citations: [citation('in the water-rich and landlocked nation of Tajikistan')] };
export const kevron = { id: 'kevron', name: 'Kevron', aliases: [], kind: 'SETTLEMENT' as const, country: tajikistan, admin1: 'Gorno-Badakhshan', admin2: null, location: { latitude: 38.45, longitude: 70.79 }, precision: 'NEAR' as const, outsideKnowledge: null, citations: [] };
export const ansarullah = { id: 'jamaat-ansarullah', name: 'Jamaat Ansarullah', aliases: [], kind: 'NON_STATE_ARMED_GROUP' as const, country: null, outsideKnowledge: null, citations: [] };

export const battle = {
  id: '2023-08-30-darvaz-ansarullah-incursion',
  title: 'Tajik forces kill three Ansarullah members who crossed into Darvaz',
  summary: 'Three members of the group were killed.',
  date: '2023-08-30',
  dateEnd: null,
  datePrecision: 'DAY' as const,
  disorderType: 'POLITICAL_VIOLENCE' as const,
  eventType: 'BATTLES' as const,
  subEventType: 'ARMED_CLASH' as const,
  country: tajikistan,
  place: kevron,
  actors: [{ organization: ansarullah, role: 'ACTOR2' as const, actorType: 'REBEL_GROUP' as const }],
  fatalities: 3,
  civilianTargeting: false,
  tags: [],
  citations: [citation('As a result of the shootout, three members of the armed terrorist group were neutralized')],
};

export const parade = {
  ...battle,
  id: '2021-09-27-darvaz-military-parade',
  title: 'Rahmon reviews a military parade in Darvaz on the Afghan border',
  date: '2021-09-27',
  eventType: 'STRATEGIC_DEVELOPMENTS' as const,
  subEventType: 'CHANGE_TO_GROUP_ACTIVITY' as const,
  disorderType: 'STRATEGIC_DEVELOPMENTS' as const,
  fatalities: null,
  citations: [citation('a military parade in Darvaz')],
};
