// 诚信记录 and 省综合评审未通过, kept by the exam office (docs/api.md, "资格预审, 诚信记录, 高级技师指标").
import { http } from './request'
import type { Page } from './types'

export interface IntegrityRecord {
  id: number
  workerId: number
  workerName: string
  idNumberMasked: string
  unitId: number
  unitName: string
  recordedOn: string
  barredUntil: string
  reason: string
  revoked: boolean
  revokedAt: string | null
  revokeReason: string | null
}

export interface ReviewFailure {
  id: number
  workerId: number
  workerName: string
  idNumberMasked: string
  unitId: number
  unitName: string
  reviewYear: number
  recordedAt: string
}

export interface PersonFilters {
  name?: string
  idNumber?: string
  year?: number | null
}

export interface NewIntegrityRecord {
  idNumber: string
  name: string
  recordedOn: string
  reason: string
}

export interface NewReviewFailure {
  idNumber: string
  name: string
  reviewYear: number | null
}

function params(filters: PersonFilters, yearParam: string, page: number, size: number) {
  const p: Record<string, string | number> = { page, size }
  if (filters.name) p.name = filters.name
  if (filters.idNumber) p.idNumber = filters.idNumber
  if (filters.year) p[yearParam] = filters.year
  return p
}

export async function listIntegrityRecords(filters: PersonFilters, page: number, size: number): Promise<Page<IntegrityRecord>> {
  return (await http.get<Page<IntegrityRecord>>('/integrity-records', { params: params(filters, 'year', page, size) })).data
}

export async function recordIntegrity(input: NewIntegrityRecord): Promise<number> {
  return (await http.post<{ id: number }>('/integrity-records', input)).data.id
}

export async function revokeIntegrity(id: number, reason: string): Promise<IntegrityRecord> {
  return (await http.post<IntegrityRecord>(`/integrity-records/${id}/revoke`, { reason })).data
}

export async function listReviewFailures(filters: PersonFilters, page: number, size: number): Promise<Page<ReviewFailure>> {
  return (await http.get<Page<ReviewFailure>>('/quota/review-failures', { params: params(filters, 'reviewYear', page, size) })).data
}

export async function recordReviewFailure(input: NewReviewFailure): Promise<void> {
  await http.post('/quota/review-failures', input)
}
