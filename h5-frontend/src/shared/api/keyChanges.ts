// 关键信息修改 (docs/api.md, "Key-info changes"): the upload's body is the edited .xlsx itself.
import { http } from './request'
import type { ImportStep, RowFault } from './rosterImports'

const BASE = '/roster/key-changes'

export interface FieldChange {
  field: 'NAME' | 'ID_NUMBER' | 'WORK_TYPE' | 'LEVEL' | 'LEVEL_YEAR'
  label: string
  oldValue: string | null
  newValue: string | null
  changed: boolean
}

export interface KeyChangeRow {
  rowNumber: number
  workerId: number | null
  accepted: boolean
  fields: FieldChange[]
  faults: RowFault[]
}

export interface KeyChange {
  id: number
  unitId: number
  unitName: string | null
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'RETURNED'
  statusName: string
  acceptedCount: number
  rejectedCount: number
  hasEvidence: boolean
  contactName: string | null
  contactPhone: string | null
  createdAt: string
  submittedAt: string | null
  decidedAt: string | null
  steps: ImportStep[]
  rows: KeyChangeRow[]
}

export async function downloadKeyChangeSheet(workerIds: number[]): Promise<Blob> {
  return (await http.post<Blob>(`${BASE}/sheet`, { workerIds }, { responseType: 'blob' })).data
}

export async function uploadKeyChange(file: File): Promise<KeyChange> {
  const response = await http.post<KeyChange>(BASE, file, {
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout: 300000,
  })
  return response.data
}

export async function listKeyChanges(): Promise<KeyChange[]> {
  return (await http.get<KeyChange[]>(BASE)).data
}

export async function getKeyChange(id: number): Promise<KeyChange> {
  return (await http.get<KeyChange>(`${BASE}/${id}`)).data
}

export async function uploadKeyChangeEvidence(id: number, file: File): Promise<KeyChange> {
  const response = await http.post<KeyChange>(`${BASE}/${id}/evidence`, file, {
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout: 120000,
  })
  return response.data
}

export async function downloadKeyChangeEvidence(id: number): Promise<Blob> {
  return (await http.get<Blob>(`${BASE}/${id}/evidence`, { responseType: 'blob' })).data
}

export async function submitKeyChange(id: number, contactName: string, contactPhone: string): Promise<KeyChange> {
  return (await http.post<KeyChange>(`${BASE}/${id}/submit`, { contactName, contactPhone })).data
}

export async function decideKeyChange(id: number, decision: 'APPROVE' | 'REJECT' | 'RETURN', reason: string): Promise<KeyChange> {
  return (await http.post<KeyChange>(`${BASE}/${id}/decision`, { decision, reason })).data
}
