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
