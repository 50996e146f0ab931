import { involvedEntity } from '@pamir/graph';
import type { AgreementPartyResolvers, AgreementResolvers } from '../generated/graphql.js';

export const Agreement: AgreementResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.agreement.load(ref.id),
  place: (agreement) => (agreement.placeId ? { id: agreement.placeId } : null),
  parties: (agreement, _, { loaders }) => loaders.partiesOfAgreement.load(agreement.id),
  witnesses: async (agreement, _, { loaders }) =>
    (await loaders.witnessesOfAgreement.load(agreement.id)).map((witness) => ({ id: witness.personId })),
  energyProjects: async (agreement, _, { loaders }) =>
    (await loaders.projectsOfAgreement.load(agreement.id)).map((link) => ({ id: link.projectId })),
  engagement: (agreement, _, { loaders }) =>
    agreement.engagementId ? loaders.engagement.load(agreement.engagementId) : null,
  citations: (agreement, _, { loaders }) => loaders.citations.agreement.load(agreement.id),
  // `of` is required, so involvedEntity always names an entity.
  involvement: (agreement, { of }, { loaders }) =>
    loaders.agreementInvolvement(involvedEntity(of, 'of')!).load(agreement.id),
};

export const AgreementParty: AgreementPartyResolvers = {
  country: (party) => (party.countryCode ? { code: party.countryCode } : null),
  organizationCountry: (party) =>
    party.organizationCountryCode ? { code: party.organizationCountryCode } : null,
  organization: (party) => (party.organizationId ? { id: party.organizationId } : null),
  signatory: (party) => (party.signatoryId ? { id: party.signatoryId } : null),
};
