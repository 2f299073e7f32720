import { http } from './request'
import type { Declaration, DeclarationStatus, NewDeclaration } from './types'

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
