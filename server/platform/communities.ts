/**
 * Spain's autonomous communities and cities, by the code used for their holidays
 * (ISO 3166-2:ES suffixes, as date-holidays spells them).
 */
export const COMMUNITY_CODES = ['AN', 'AR', 'AS', 'IB', 'CN', 'CB', 'CL', 'CM', 'CT', 'EX', 'GA', 'MD', 'MC', 'NC', 'PV', 'RI', 'VC', 'CE', 'ML'] as const;
export type CommunityCode = (typeof COMMUNITY_CODES)[number];
