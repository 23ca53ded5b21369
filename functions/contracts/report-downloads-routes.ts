import { z } from 'zod';
import { FileResponse, Slug } from './common';
import { CycleParams } from './cycle';
import { EVERYONE, XLSX_MEDIA_TYPE, type RouteSpec } from './route-spec';

/** `?lang=`: the workbook's language; without it, the request's Accept-Language. */
const Lang = z
  .enum(['lt', 'en'])
  .optional()
  .meta({ description: 'The workbook’s language (default: Accept-Language, else lt).' });

const VersionChoice = z
  .union([
    z.literal('live'),
    z
      .string()
      .regex(/^[1-9]\d{0,3}$/)
      .transform(Number),
  ])
  .optional()
  .meta({
    description:
      'A report version’s frozen figures (1, 2, …) or `live` (computed now). Default: the latest version’s.',
  });

export const ReportDownloadQuery = z.strictObject({ lang: Lang, version: VersionChoice });
export const HalfYearDownloadQuery = z.strictObject({
  lang: Lang,
  version: VersionChoice,
  unitId: Slug.optional().meta({
    description:
      'One unit’s report (its id, as `?unitId=` of the JSON routes); the whole organisation without.',
  }),
});

/** Who reads the management reports: the deputy and director, and unit heads. */
const REPORT_READERS = ['unitHead', 'deputy', 'director'] as const;

/** The reports as Excel workbooks to download (charts as pictures, print-ready). */
export const REPORT_DOWNLOAD_ROUTES = {
  getAnnualReportWorkbook: {
    method: 'GET',
    path: '/v1/reports/{year}/annual.xlsx',
    summary: 'The annual report as a workbook: a sheet per section, charts, contents with links',
    tag: 'reports',
    roles: REPORT_READERS,
    params: CycleParams,
    query: ReportDownloadQuery,
    response: FileResponse,
    produces: XLSX_MEDIA_TYPE,
  },
  getHalfYearReportWorkbook: {
    method: 'GET',
    path: '/v1/reports/{year}/half-year.xlsx',
    summary:
      'The half-year report (a unit’s with ?unitId=, else the whole organisation’s) as a workbook',
    tag: 'reports',
    roles: REPORT_READERS,
    params: CycleParams,
    query: HalfYearDownloadQuery,
    response: FileResponse,
    produces: XLSX_MEDIA_TYPE,
  },
  getRecipientsSummaryWorkbook: {
    method: 'GET',
    path: '/v1/reports/{year}/summary.xlsx',
    summary: 'The recipients’ plain-language summary of the year, one printable page',
    tag: 'reports',
    roles: EVERYONE,
    params: CycleParams,
    query: ReportDownloadQuery,
    response: FileResponse,
    produces: XLSX_MEDIA_TYPE,
  },
} as const satisfies Record<string, RouteSpec>;
