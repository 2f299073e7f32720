import { http } from './request'
import type { LevelCode, NewWorker, Page, Worker, WorkerStatus } from './types'

export type WorkerSort = 'ID' | 'NAME' | 'UNIT' | 'WORK_TYPE' | 'LEVEL_YEAR' | 'WORK_START' | 'STATUS'

export interface WorkerFilters {
  name?: string
  idNumber?: string
  workTypeCode?: string
  level?: LevelCode
  unitId?: number
  status?: WorkerStatus
  sort?: WorkerSort
  descending?: boolean
}

export interface WorkerQuery extends WorkerFilters {
  page?: number
  size?: number
}

export type SubsetKey = 'QUALIFICATION' | 'POST' | 'EDUCATION' | 'TRAINING' | 'REWARD' | 'ASSESSMENT'

export interface SubsetField {
  name: string
  label: string
  type: 'TEXT' | 'DATE' | 'YEAR' | 'HOURS' | 'CHOICE'
  required: boolean
  maxLength: number
  options: string[]
}

export interface SubsetDefinition {
  subset: SubsetKey
  name: string
  fields: SubsetField[]
}

export type SubsetEntry = { id: number } & Record<string, string | number | null>

export interface KeyChange {
  field: string
  oldValue: string | null
  newValue: string | null
  changedAt: string
  reason: string
  reference: string | null
  changedBy: string
}

export interface WorkerRecords {
  subsets: Partial<Record<SubsetKey, SubsetEntry[]>>
  keyChanges: KeyChange[]
}

export interface ExportColumn {
  key: string
  header: string
}

export interface ExportProgress {
  total: number
  written: number
  finished: boolean
}

export async function listWorkers(query: WorkerQuery): Promise<Page<Worker>> {
  return (await http.get<Page<Worker>>('/roster/workers', { params: query })).data
}

export async function getWorker(id: number): Promise<Worker> {
  return (await http.get<Worker>(`/roster/workers/${id}`)).data
}

export async function createWorker(body: NewWorker): Promise<Worker> {
  return (await http.post<Worker>('/roster/workers', body)).data
}

export async function changePhone(id: number, phone: string): Promise<Worker> {
  return (await http.put<Worker>(`/roster/workers/${id}/phone`, { phone })).data
}

export async function listSubsets(): Promise<SubsetDefinition[]> {
  return (await http.get<SubsetDefinition[]>('/roster/subsets')).data
}

export async function getRecords(id: number): Promise<WorkerRecords> {
  return (await http.get<WorkerRecords>(`/roster/workers/${id}/records`)).data
}

export async function saveRecord(id: number, subset: SubsetKey, values: Record<string, string>, entryId?: number) {
  if (entryId) await http.put(`/roster/workers/${id}/records/${subset}/${entryId}`, values)
  else await http.post(`/roster/workers/${id}/records/${subset}`, values)
}

export async function deleteRecord(id: number, subset: SubsetKey, entryId: number) {
  await http.delete(`/roster/workers/${id}/records/${subset}/${entryId}`)
}

export async function exportColumns(): Promise<ExportColumn[]> {
  return (await http.get<ExportColumn[]>('/roster/workers/export/columns')).data
}

export async function exportProgress(token: string): Promise<ExportProgress> {
  return (await http.get<ExportProgress>(`/roster/workers/export/progress/${token}`)).data
}

/** Downloads all matching workers as .xlsx; the server reports progress under {@code progressToken}. */
export async function exportWorkers(filters: WorkerFilters, columns: string[], progressToken: string): Promise<Blob> {
  const response = await http.post<Blob>('/roster/workers/export', { ...filters, columns, progressToken }, {
    responseType: 'blob',
    timeout: 0,
  })
  return response.data
}

export async function changeStatus(id: number, status: WorkerStatus, reason: string): Promise<Worker> {
  return (await http.put<Worker>(`/roster/workers/${id}/status`, { status, reason })).data
}
