import { z } from 'zod';
import { ORG_TYPES } from '../domain/org/organisation';
import { ItemMeta, Slug, Version } from './common';

export const OrgSettings = z.strictObject({
  halfYearReports: z.boolean(),
  founderAgreement: z.boolean(),
});

export const OrganisationFields = z.strictObject({
  name: z.string().trim().min(2).max(200),
  type: z.enum(ORG_TYPES),
  municipality: z.string().trim().min(2).max(100),
  settings: OrgSettings,
});

export const PutOrganisationRequest = OrganisationFields.extend({ version: Version }).meta({
  id: 'PutOrganisationRequest',
});
export type PutOrganisationRequest = z.infer<typeof PutOrganisationRequest>;

export const OrganisationView = OrganisationFields.extend({ id: z.string() })
  .extend(ItemMeta.shape)
  .meta({ id: 'Organisation' });

export const UnitParams = z.object({ unitId: Slug });

export const PutUnitRequest = z
  .strictObject({
    version: Version,
    name: z.string().trim().min(2).max(120),
    active: z.boolean().default(true),
  })
  .meta({ id: 'PutUnitRequest' });

export const UnitView = z
  .object({ id: z.string(), name: z.string(), active: z.boolean() })
  .extend(ItemMeta.shape)
  .meta({ id: 'Unit' });

export const UnitList = z.object({ items: z.array(UnitView) });

/** A token subject: Cognito's uuid, or a local user name like `direktorius@demo`. */
export const UserId = z.string().regex(/^[A-Za-z0-9@._+-]{1,128}$/);

export const MemberParams = z.object({ userId: UserId });

export const PutMemberRequest = z
  .strictObject({
    version: Version,
    name: z.string().trim().min(2).max(120),
    unitIds: z.array(Slug).max(20).default([]),
    active: z.boolean().default(true),
  })
  .meta({ id: 'PutMemberRequest' });

export const MemberView = z
  .object({
    userId: z.string(),
    name: z.string(),
    unitIds: z.array(z.string()),
    active: z.boolean(),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Member' });

export const MemberList = z.object({ items: z.array(MemberView) });
