// 考评计划 and the deadlines shown on the console 工作台 and the H5 home (issue 16).
import { http } from './request'
import type { LevelCode } from './types'

export type LevelGroupCode = 'GRADE' | 'TECHNICIAN' | 'SENIOR_TECHNICIAN'
export type WindowState = 'OPEN' | 'UPCOMING' | 'CLOSED'

/** Times are Asia/Shanghai wall time, ISO without zone: 2026-08-31T23:59:59. */
export interface PlanWindowInput {
  levelGroup: LevelGroupCode
  opensAt: string
  closesAt: string
  inPostCutoff: string
  examOn?: string | null
  admitCardFrom?: string | null
  resultsAt?: string | null
}

export interface PlanRuleInput {
  targetLevel: LevelCode
  yearsInLevel: number
  totalWorkYears: number | null
  trainingYears: number
}

export interface PlanInput {
  year: number
  regionCode?: string | null
  name: string
  windows: PlanWindowInput[]
  rules: PlanRuleInput[]
}

export interface PlanWindowView extends PlanWindowInput {
  levelGroupName: string
  state: WindowState
  stateName: string
}

export interface PlanRuleView extends PlanRuleInput {
  targetLevelName: string
}

export interface OpenWorkTypes {
  levelGroup: LevelGroupCode
  levelGroupName: string
  count: number
  names: string[]
}

export interface PlanView {
  id: number
  year: number
  regionCode: string
  regionName: string
  name: string
  editable: boolean
  windows: PlanWindowView[]
  rules: PlanRuleView[]
  openWorkTypes: OpenWorkTypes[]
}

export interface Deadline {
  planId: number
  year: number
  planName: string
  levelGroup: LevelGroupCode
  levelGroupName: string
  opensAt: string
  closesAt: string
  inPostCutoff: string | null
  examOn: string | null
  admitCardFrom: string | null
  resultsAt: string | null
  state: WindowState
  stateName: string
  daysLeft: number
}

export async function listPlans(year?: number): Promise<PlanView[]> {
  return (await http.get<PlanView[]>('/plans', { params: year ? { year } : {} })).data
}

export async function planDefaults(year: number): Promise<PlanInput> {
  return (await http.get<PlanInput>('/plans/defaults', { params: { year } })).data
}

export async function createPlan(input: PlanInput): Promise<PlanView> {
  return (await http.post<PlanView>('/plans', input)).data
}

export async function updatePlan(id: number, input: PlanInput): Promise<PlanView> {
  return (await http.put<PlanView>(`/plans/${id}`, input)).data
}

export async function fetchDeadlines(): Promise<Deadline[]> {
  return (await http.get<Deadline[]>('/plans/deadlines')).data
}
