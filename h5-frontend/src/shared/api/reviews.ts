import { http } from './request'
import type { Declaration, Decision } from './types'

/** Declarations whose current step belongs to the caller's organisation. */
export async function listPending(): Promise<Declaration[]> {
  return (await http.get<Declaration[]>('/reviews/pending')).data
}

/** reason is required by the server for REJECT and RETURN. */
export async function decide(declarationId: number, decision: Decision, reason: string): Promise<Declaration> {
  const body = { decision, reason }
  return (await http.post<Declaration>(`/reviews/${declarationId}/decision`, body)).data
}
