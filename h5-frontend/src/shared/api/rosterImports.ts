// 导入新增人员 (docs/api.md, "Roster import"): the upload's body is the .xlsx file itself.
import { batchRequestApi, type UnitBatchRequest } from './batchRequests'
import { http } from './request'

const BASE = '/roster/imports'

export interface RowFault {
  column: string
  code: string
  message: string
}

export interface ImportRow {
  rowNumber: number
  name: string | null
  idNumberMasked: string | null
  sex: string | null
  phoneMasked: string | null
  workTypeCode: string | null
  level: string | null
  levelYear: number | null
  workStart: string | null
  faults: RowFault[]
}

export interface RosterImport extends UnitBatchRequest {
  rowsToJoin: number
  outcome: 'ROWS_INVALID' | 'ALL_VALID'
  evidenceType: string | null
  acceptedRows: ImportRow[]
  rejectedRows: ImportRow[]
}

export async function downloadImportTemplate(): Promise<Blob> {
  return (await http.get<Blob>(`${BASE}/template`, { responseType: 'blob' })).data
}

export const rosterImportApi = batchRequestApi<RosterImport>(BASE, 600000)
