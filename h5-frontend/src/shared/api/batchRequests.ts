// The calls shared by a unit's batch requests that go through review with evidence and a contact
// (roster imports, key-info changes; docs/api.md): upload bodies are the files themselves.
import { http } from './request'

export type BatchDecision = 'APPROVE' | 'REJECT' | 'RETURN'
export type EvidenceCopy = 'original' | 'display' | 'thumbnail'

/** The signed printout as a page shows it: its name, served type, size, and whether it has a thumbnail. */
export interface EvidenceFacts {
  name: string
  mediaType: string
  size: number | null
  image: boolean
  width: number | null
  height: number | null
}

export interface BatchStep {
  stepNo: number
  name: string
  organisationName: string
  status: string
  decision: string | null
  reason: string | null
  reviewerName: string | null
  decidedAt: string | null
}

/** What every batch request answers besides its own rows. */
export interface BatchRequestView {
  id: number
  status: string
  hasEvidence: boolean
  evidence: EvidenceFacts | null
  contactName: string | null
  contactPhone: string | null
  steps: BatchStep[]
}

/** A unit's sheet of rows sent for review (roster import, key-info change), besides its own rows. */
export interface UnitBatchRequest extends BatchRequestView {
  unitId: number
  unitName: string | null
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'RETURNED'
  statusName: string
  onlyValidRows: boolean
  modeName: string
  acceptedCount: number
  rejectedCount: number
  createdAt: string
  submittedAt: string | null
  decidedAt: string | null
}

async function postFile<T>(path: string, file: File, timeout: number, params?: Record<string, string>): Promise<T> {
  const response = await http.post<T>(path, file, {
    params,
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout,
  })
  return response.data
}

/**
 * The upload, list, get, mode, refused-rows, evidence, submit and decision calls of one batch-request resource.
 * The mode is 只提交正确的行 ({@code onlyValidRows} true) or 全部正确才提交 (false).
 */
export function batchRequestApi<T>(base: string, uploadTimeout: number) {
  return {
    upload: (file: File) => postFile<T>(base, file, uploadTimeout),
    list: async (): Promise<T[]> => (await http.get<T[]>(base)).data,
    get: async (id: number): Promise<T> => (await http.get<T>(`${base}/${id}`)).data,
    chooseMode: async (id: number, onlyValidRows: boolean): Promise<T> =>
      (await http.put<T>(`${base}/${id}/mode`, { onlyValidRows })).data,
    /** The refused rows with their reasons as .xlsx. */
    rejectedRows: async (id: number): Promise<Blob> => (await http.get<Blob>(`${base}/${id}/rejected`, { responseType: 'blob' })).data,
    uploadEvidence: (id: number, file: File) => postFile<T>(`${base}/${id}/evidence`, file, 120000, { name: file.name }),
    evidenceCopy: async (id: number, copy: EvidenceCopy): Promise<Blob> =>
      (await http.get<Blob>(`${base}/${id}/evidence${copy === 'original' ? '' : `/${copy}`}`, { responseType: 'blob', timeout: 60000 })).data,
    submit: async (id: number, contactName: string, contactPhone: string): Promise<T> =>
      (await http.post<T>(`${base}/${id}/submit`, { contactName, contactPhone })).data,
    decide: async (id: number, decision: BatchDecision, reason: string): Promise<T> =>
      (await http.post<T>(`${base}/${id}/decision`, { decision, reason })).data,
  }
}
