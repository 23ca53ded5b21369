import type { Operations } from '../adapters/http/http-handler';
import { accessTokensOperations } from './access-tokens';
import { listAuditOperation } from './audit';
import { benchmarkOperations } from './benchmark';
import { improvementOperations } from './improvement';
import { linkedSheetsOperations } from './linked-sheets';
import { planningOperations } from './planning';
import { proposalsOperations } from './proposals';
import { reportsOperations } from './reports';
import { reportDownloadsOperations } from './report-downloads';
import { sheetRowsOperations } from './sheet-rows';
import { supportPlansOperations } from './support-plans';
import { surveysOperations } from './surveys';
import { trainingOperations } from './training';
import { uploadsOperations } from './uploads';
import { getCycleOperation, listCyclesOperation, putCycleOperation } from './cycles';
import { getHealthOperation, getMeOperation, getOpenApiOperation } from './meta';
import {
  getOrganisationOperation,
  listMembersOperation,
  listUnitsOperation,
  putMemberOperation,
  putOrganisationOperation,
  putUnitOperation,
} from './organisation';

/** Every route's implementation, by operation id (the compiler checks none is missing). */
export const operations: Operations = {
  getHealth: getHealthOperation,
  getOpenApi: getOpenApiOperation,
  getMe: getMeOperation,
  getOrganisation: getOrganisationOperation,
  putOrganisation: putOrganisationOperation,
  listUnits: listUnitsOperation,
  putUnit: putUnitOperation,
  listMembers: listMembersOperation,
  putMember: putMemberOperation,
  listCycles: listCyclesOperation,
  getCycle: getCycleOperation,
  putCycle: putCycleOperation,
  listAudit: listAuditOperation,
  ...planningOperations,
  ...proposalsOperations,
  ...trainingOperations,
  ...improvementOperations,
  ...surveysOperations,
  ...supportPlansOperations,
  ...reportsOperations,
  ...reportDownloadsOperations,
  ...uploadsOperations,
  ...benchmarkOperations,
  ...sheetRowsOperations,
  ...accessTokensOperations,
  ...linkedSheetsOperations,
};
