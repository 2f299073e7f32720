// 导入新增人员 (docs/api.md, "Roster import"): the upload's body is the .xlsx file itself.
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

export interface ImportStep {
  stepNo: number
  name: string
  organisationName: string
  status: string
  decision: string | null
  reason: string | null
  reviewerName: string | null
  decidedAt: string | null
}

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
export const downloadEvidence = (id: number) => blob(`${BASE}/${id}/evidence`)

export async function uploadImport(file: File): Promise<RosterImport> {
  const response = await http.post<RosterImport>(BASE, file, {
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout: 600000,
  })
  return response.data
}

export async function listImports(): Promise<RosterImport[]> {
  return (await http.get<RosterImport[]>(BASE)).data
}

export async function getImport(id: number): Promise<RosterImport> {
  return (await http.get<RosterImport>(`${BASE}/${id}`)).data
}

export async function chooseMode(id: number, onlyValidRows: boolean): Promise<RosterImport> {
  return (await http.put<RosterImport>(`${BASE}/${id}/mode`, { onlyValidRows })).data
}

export async function uploadEvidence(id: number, file: File): Promise<RosterImport> {
  const response = await http.post<RosterImport>(`${BASE}/${id}/evidence`, file, {
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout: 120000,
  })
  return response.data
}

export async function submitImport(id: number, contactName: string, contactPhone: string): Promise<RosterImport> {
  return (await http.post<RosterImport>(`${BASE}/${id}/submit`, { contactName, contactPhone })).data
}

export async function decideImport(id: number, decision: 'APPROVE' | 'REJECT' | 'RETURN', reason: string): Promise<RosterImport> {
  return (await http.post<RosterImport>(`${BASE}/${id}/decision`, { decision, reason })).data
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
