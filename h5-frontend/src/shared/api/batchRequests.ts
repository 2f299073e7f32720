// The calls shared by a unit's batch requests that go through review with evidence and a contact
// (roster imports, key-info changes; docs/api.md): upload bodies are the files themselves.
import { http } from './request'

export type BatchDecision = 'APPROVE' | 'REJECT' | 'RETURN'

async function postFile<T>(path: string, file: File, timeout: number): Promise<T> {
  const response = await http.post<T>(path, file, {
    headers: { 'Content-Type': 'application/octet-stream' },
    timeout,
  })
  return response.data
}

/** The upload, list, get, evidence, submit and decision calls of one batch-request resource. */
export function batchRequestApi<T>(base: string, uploadTimeout: number) {
  return {
    upload: (file: File) => postFile<T>(base, file, uploadTimeout),
    list: async (): Promise<T[]> => (await http.get<T[]>(base)).data,
    get: async (id: number): Promise<T> => (await http.get<T>(`${base}/${id}`)).data,
    uploadEvidence: (id: number, file: File) => postFile<T>(`${base}/${id}/evidence`, file, 120000),
    downloadEvidence: async (id: number): Promise<Blob> =>
      (await http.get<Blob>(`${base}/${id}/evidence`, { responseType: 'blob' })).data,
    submit: async (id: number, contactName: string, contactPhone: string): Promise<T> =>
      (await http.post<T>(`${base}/${id}/submit`, { contactName, contactPhone })).data,
    decide: async (id: number, decision: BatchDecision, reason: string): Promise<T> =>
      (await http.post<T>(`${base}/${id}/decision`, { decision, reason })).data,
  }
}
