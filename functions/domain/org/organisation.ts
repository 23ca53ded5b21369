export const ORG_TYPES = [
  'familyChildWelfare',
  'fosterCare',
  'dayCentre',
  'residentialCare',
  'homeCare',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** How this organisation runs its cycle (the two seed organisations differ here). */
export interface OrgSettings {
  /** Units report to the director every half year (Panevėžys). */
  halfYearReports: boolean;
  /** The annual plan is agreed with the founder, the municipality, before approval (Panevėžys). */
  founderAgreement: boolean;
}

export interface Organisation {
  name: string;
  type: OrgType;
  municipality: string;
  settings: OrgSettings;
}

export const DEFAULT_SETTINGS: OrgSettings = { halfYearReports: true, founderAgreement: false };

export interface Unit {
  id: string;
  name: string;
  /** Units are never deleted once data refer to them; they are retired. */
  active: boolean;
}
