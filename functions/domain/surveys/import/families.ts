import type { ExportFamily, MetaRole } from '../model';
import { normaliseLabel } from './labels';

/** Each family's fixed columns by normalised header; sources in design/surveys.md §6. */
const GOOGLE_META: Record<string, MetaRole> = {
  timestamp: 'submittedAt',
  'laiko žyma': 'submittedAt',
  'email address': 'email',
  'el. pašto adresas': 'email',
  score: 'other',
  taškai: 'other',
};

const MS_META: Record<string, MetaRole> = {
  id: 'respondentId',
  'start time': 'startedAt',
  'completion time': 'submittedAt',
  email: 'email',
  name: 'name',
  'last modified time': 'other',
  'total points': 'other',
  'quiz feedback': 'other',
  'grade posted time': 'other',
};

const LIME_META: Record<string, MetaRole> = {
  id: 'respondentId',
  'response id': 'respondentId',
  submitdate: 'submittedAt',
  'date submitted': 'submittedAt',
  lastpage: 'other',
  'last page': 'other',
  startlanguage: 'other',
  'start language': 'other',
  seed: 'other',
  token: 'other',
  'access code': 'other',
  startdate: 'startedAt',
  'date started': 'startedAt',
  datestamp: 'other',
  'date last action': 'other',
  ipaddr: 'other',
  'ip address': 'other',
  refurl: 'other',
  'referrer url': 'other',
  interviewtime: 'other',
  'total time': 'other',
};

const KOBO_META: Record<string, MetaRole> = {
  start: 'startedAt',
  end: 'other',
  today: 'other',
  deviceid: 'other',
  username: 'other',
  simserial: 'other',
  subscriberid: 'other',
  phonenumber: 'other',
  audit: 'other',
  _id: 'respondentId',
  _uuid: 'respondentId',
  _submission_time: 'submittedAt',
  __version__: 'other',
};

/** Privacy-relevant or bookkeeping columns any sheet may have. */
const GENERIC_META: Record<string, MetaRole> = {
  id: 'respondentId',
  'respondent id': 'respondentId',
  'respondento id': 'respondentId',
  'atsakymo id': 'respondentId',
  'nr.': 'respondentId',
  nr: 'respondentId',
  'eil. nr.': 'respondentId',
  timestamp: 'submittedAt',
  'laiko žyma': 'submittedAt',
  'pateikimo data': 'submittedAt',
  'pildymo data': 'submittedAt',
  'submitted at': 'submittedAt',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  'el. paštas': 'email',
  'el.paštas': 'email',
  'el. pašto adresas': 'email',
  name: 'name',
  'full name': 'name',
  vardas: 'name',
  pavardė: 'name',
  'vardas, pavardė': 'name',
  'vardas pavardė': 'name',
  'vardas ir pavardė': 'name',
  telefonas: 'other',
  'tel.': 'other',
  'tel. nr.': 'other',
  phone: 'other',
};

const has = (headers: ReadonlySet<string>, ...names: string[]): number =>
  names.filter((n) => headers.has(n)).length;

/** The export family, from signature headers (normalised). */
export const detectFamily = (headers: ReadonlySet<string>): ExportFamily => {
  if (has(headers, '_uuid', '_submission_time') > 0) return 'kobo';
  if (
    (headers.has('submitdate') || headers.has('date submitted')) &&
    has(headers, 'id', 'response id', 'lastpage', 'last page', 'startlanguage', 'start language') >
      0
  )
    return 'limeSurvey';
  if (headers.has('start time') && headers.has('completion time')) return 'msForms';
  if (headers.has('timestamp') || headers.has('laiko žyma')) return 'googleForms';
  return 'own';
};

const FAMILY_META: Partial<Record<ExportFamily, Record<string, MetaRole>>> = {
  googleForms: GOOGLE_META,
  msForms: MS_META,
  limeSurvey: LIME_META,
  kobo: KOBO_META,
};

/** The meta role of a header, or undefined for a question column. */
export const metaRoleOf = (family: ExportFamily, header: string): MetaRole | undefined => {
  const h = normaliseLabel(header);
  const fixed = FAMILY_META[family]?.[h];
  if (fixed) return fixed;
  if (family === 'msForms' && /^(points|feedback) - /.test(h)) return 'other';
  if (
    family === 'limeSurvey' &&
    (/\S+Time$/.test(header.trim()) ||
      /^(groupTime\d*|\d+X\d+(X\d+)?time)$/i.test(header.trim()) ||
      /^(group|question) time\b/.test(h))
  )
    return 'other';
  if (family === 'kobo' && (/^_/.test(h) || /(^|\/)(meta\/\w+|formhub\/uuid)$/.test(h)))
    return 'other';
  return GENERIC_META[h];
};

/** The column whose value names a respondent, for the families that have one. */
export const respondentIdColumn = (family: ExportFamily, headers: readonly string[]): number => {
  const names: Partial<Record<ExportFamily, string[]>> = {
    msForms: ['id'],
    limeSurvey: ['id', 'response id'],
    kobo: ['_uuid', '_id'],
  };
  for (const name of names[family] ?? []) {
    const i = headers.findIndex((h) => normaliseLabel(h) === name);
    if (i >= 0) return i;
  }
  return -1;
};

/** LimeSurvey's completion column: empty means an incomplete response. */
export const submitDateColumn = (family: ExportFamily, headers: readonly string[]): number =>
  family === 'limeSurvey'
    ? headers.findIndex((h) => ['submitdate', 'date submitted'].includes(normaliseLabel(h)))
    : -1;
