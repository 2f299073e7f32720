import { http } from './request'
import type { Level, LevelCode, Plan, WorkType } from './types'

/** All levels, NONE (未定级) included. */
export async function fetchLevels(): Promise<Level[]> {
  return (await http.get<Level[]>('/catalog/levels')).data
}

export interface WorkTypeQuery {
  q?: string
  /** With year and level, only the work types open at that level in that year's plan. */
  year?: number
  level?: LevelCode
}

export async function searchWorkTypes(query: WorkTypeQuery): Promise<WorkType[]> {
  return (await http.get<WorkType[]>('/catalog/work-types', { params: query })).data
}

export async function fetchCurrentPlan(): Promise<Plan> {
  return (await http.get<Plan>('/plans/current')).data
}

export type LevelGroupCode = 'GRADE' | 'TECHNICIAN' | 'SENIOR_TECHNICIAN'

export interface CatalogLine {
  code: string
  name: string
  category: string
  retired: boolean
  successorCode: string | null
  successorName: string | null
  open: LevelGroupCode[]
}

export async function fetchCatalogForYear(year: number): Promise<CatalogLine[]> {
  return (await http.get<CatalogLine[]>('/catalog/admin/work-types', { params: { year } })).data
}

export async function copyScopes(from: number, to: number): Promise<number> {
  return (await http.post<{ lines: number }>('/catalog/scopes/copy', { from, to })).data.lines
}

export async function setScope(year: number, group: LevelGroupCode, code: string, open: boolean) {
  await http.put(`/catalog/scopes/${year}/${group}/${encodeURIComponent(code)}`, { open })
}

export async function importScopes(year: number, file: File): Promise<number> {
  const form = new FormData()
  form.append('file', file)
  return (await http.post<{ lines: number }>(`/catalog/scopes/${year}/import`, form)).data.lines
}

/** A year's 考评范围 as .xlsx (the import's columns 工种 and 等级, names and categories for reference). */
export async function exportScopes(year: number): Promise<Blob> {
  return (await http.get<Blob>(`/catalog/scopes/${year}/export`, { responseType: 'blob' })).data
}
