import { involvedEntity } from '@pamir/graph';
import { organizationCountriesOf } from '../records/military-facility.js';
import type { MilitaryFacilityResolvers, ReportedAmountResolvers } from '../generated/graphql.js';

export const MilitaryFacility: MilitaryFacilityResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.militaryFacility.load(ref.id),
  hostCountry: (facility) => ({ code: facility.hostCountryCode }),
  place: (facility) => (facility.placeId ? { id: facility.placeId } : null),
  operators: async (facility, _, { loaders }) =>
    (await loaders.facilityOrganizations.load(facility.id))
      .filter((link) => link.kind === 'OPERATOR')
      .map((link) => ({ id: link.organizationId })),
  financiers: async (facility, _, { loaders }) =>
    (await loaders.facilityOrganizations.load(facility.id))
      .filter((link) => link.kind === 'FINANCIER')
      .map((link) => ({ id: link.organizationId })),
  organizationCountries: async (facility, _, { loaders }) =>
    organizationCountriesOf(await loaders.facilityOrganizations.load(facility.id)).map((entry) => ({
      organization: { id: entry.organization },
      country: { code: entry.country },
    })),
  involvement: (facility, { of }, { loaders }) =>
    loaders.facilityInvolvement(involvedEntity(of, 'of')!).load(facility.id),
  reportedCosts: (facility, _, { loaders }) => loaders.reportedCosts.load(facility.id),
  claims: (facility, _, { loaders }) => loaders.claims.militaryFacility.load(facility.id),
  citations: (facility, _, { loaders }) => loaders.citations.militaryFacility.load(facility.id),
};

/** A reported cost carries its citation inline; shape it like every other citation. */
export const ReportedAmount: ReportedAmountResolvers = {
  citation: (cost) => ({
    recordId: cost.facilityId,
    source: { __typename: 'SourceDocument', id: cost.sourceId },
    quote: cost.quote,
    note: cost.note,
  }),
};
