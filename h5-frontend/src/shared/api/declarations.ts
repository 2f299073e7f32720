import { http } from './request'
import type {
  BatchOutcome,
  Declaration,
  DeclarationDetail,
  DeclarationPage,
  DeclarationSearch,
  DeclarationStatus,
  DraftEntry,
  NewDeclaration,
} from './types'

/** Declarations in the caller's scope, newest first (an applicant sees only their own). */
export async function listDeclarations(status?: DeclarationStatus | ''): Promise<Declaration[]> {
  const params = status ? { status } : {}
  return (await http.get<Declaration[]>('/declarations', { params })).data
}

export async function getDeclaration(id: number | string): Promise<Declaration> {
  return (await http.get<Declaration>(`/declarations/${id}`)).data
}

export async function createDeclaration(body: NewDeclaration): Promise<Declaration> {
  return (await http.post<Declaration>('/declarations', body)).data
}

// The lifecycle of a unit's batch declaration (暂存 → 提交 → 退回补充 → 重新提交, 撤回) and 申报查询.

export async function searchDeclarations(query: DeclarationSearch): Promise<DeclarationPage> {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined && v !== null))
  return (await http.get<DeclarationPage>('/declarations/search', { params })).data
}

export async function fetchTodo(): Promise<Record<string, number>> {
  return (await http.get<Record<string, number>>('/declarations/todo')).data
}

export async function addDrafts(entries: DraftEntry[]): Promise<Declaration[]> {
  return (await http.post<Declaration[]>('/declarations/drafts', { entries })).data
}

export interface Revision {
  workTypeCode: string
  mode: string
  reason?: string
  formerPost?: string
  earlierResult?: string
}

export async function reviseDeclaration(id: number, body: Revision): Promise<Declaration> {
  return (await http.put<Declaration>(`/declarations/${id}`, body)).data
}

export async function deleteDraft(id: number): Promise<void> {
  await http.delete(`/declarations/${id}`)
}

export async function submitDrafts(
  ids: number[],
  commitment: 'AGREE' | 'DISAGREE',
  contactName: string,
  contactPhone: string,
  qualificationConfirmed: number[] = [],
): Promise<Declaration[]> {
  return (await http.post<Declaration[]>('/declarations/submit', { ids, commitment, contactName, contactPhone, qualificationConfirmed })).data
}

export async function resubmitDeclaration(id: number, qualificationConfirmed = false): Promise<Declaration> {
  return (await http.post<Declaration>(`/declarations/${id}/resubmit`, { qualificationConfirmed })).data
}

export async function withdrawDeclaration(id: number): Promise<Declaration> {
  return (await http.post<Declaration>(`/declarations/${id}/withdraw`)).data
}

export async function getDeclarationDetail(id: number | string): Promise<DeclarationDetail> {
  return (await http.get<DeclarationDetail>(`/declarations/${id}/detail`)).data
}

export async function decideBatch(ids: number[], decision: string, reason: string): Promise<BatchOutcome[]> {
  return (await http.post<BatchOutcome[]>('/reviews/batch', { ids, decision, reason })).data
}

export interface CommitmentLetter {
  regionCode: string | null
  body: string
  isDefault: boolean
}

export async function fetchCommitmentLetter(): Promise<CommitmentLetter> {
  return (await http.get<CommitmentLetter>('/commitment-letter')).data
}

export async function saveCommitmentLetter(body: string): Promise<CommitmentLetter> {
  return (await http.put<CommitmentLetter>('/commitment-letter', { body })).data
}

/**
 * 合格库 warnings of a QUALIFICATION_UNCONFIRMED refusal, per declaration id (field `qualification:<id>`);
 * `qualification` without an id (one-shot declare) is filed under 0.
 */
export function qualificationWarnings(fieldErrors: { field: string; message: string }[]): Map<number, string[]> {
  const byId = new Map<number, string[]>()
  for (const error of fieldErrors) {
    const match = /^qualification(?::(\d+))?$/.exec(error.field)
    if (!match) continue
    const id = match[1] ? Number(match[1]) : 0
    byId.set(id, [...(byId.get(id) ?? []), error.message])
  }
  return byId
}
