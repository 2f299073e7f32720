// 导入新增人员 (docs/api.md, "Roster import"): the upload's body is the .xlsx file itself.
import { batchRequestApi, type BatchStep, type EvidenceFacts } from './batchRequests'
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

export type ImportStep = BatchStep

export interface RosterImport {
  id: number
  unitId: number
  unitName: string | null
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'RETURNED'
  statusName: string
  onlyValidRows: boolean
  modeName: string
  acceptedCount: number
  rejectedCount: number
  rowsToJoin: number
  outcome: 'ROWS_INVALID' | 'ALL_VALID'
  hasEvidence: boolean
  evidenceType: string | null
  evidence: EvidenceFacts | null
  contactName: string | null
  contactPhone: string | null
  createdAt: string
  submittedAt: string | null
  decidedAt: string | null
  steps: ImportStep[]
  acceptedRows: ImportRow[]
  rejectedRows: ImportRow[]
}

async function blob(path: string): Promise<Blob> {
  return (await http.get<Blob>(path, { responseType: 'blob' })).data
}

export const downloadImportTemplate = () => blob(`${BASE}/template`)
export const downloadRejectedRows = (id: number) => blob(`${BASE}/${id}/rejected`)

const api = batchRequestApi<RosterImport>(BASE, 600000)

export const uploadImport = api.upload
export const listImports = api.list
export const getImport = api.get
export const importBatchApi = api
export const submitImport = api.submit
export const decideImport = api.decide

export async function chooseMode(id: number, onlyValidRows: boolean): Promise<RosterImport> {
  return (await http.put<RosterImport>(`${BASE}/${id}/mode`, { onlyValidRows })).data
}

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(data: Blob, name: string) {
  const url = URL.createObjectURL(data)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}
