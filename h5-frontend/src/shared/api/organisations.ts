// 组织机构管理 (/api/admin/organisations): the tree, its changes, the .xlsx template and import.
import { http } from './request'

export type OrganisationKind = 'EXAM_OFFICE' | 'DEPARTMENT' | 'UNIT'
export type UnitCategory = 'ADMINISTRATIVE' | 'PUBLIC_INSTITUTION'
export type JurisdictionLevel = 'PROVINCE' | 'CITY' | 'DISTRICT'
export type OrganisationStatus = 'ACTIVE' | 'CLOSED'

export const KIND_NAMES: Record<OrganisationKind, string> = { EXAM_OFFICE: '工考办', DEPARTMENT: '主管部门', UNIT: '单位' }
export const CATEGORY_NAMES: Record<UnitCategory, string> = { ADMINISTRATIVE: '行政', PUBLIC_INSTITUTION: '事业' }
export const LEVEL_NAMES: Record<JurisdictionLevel, string> = { PROVINCE: '省级', CITY: '市级', DISTRICT: '县区级' }

export interface Organisation {
  id: number
  name: string
  kind: OrganisationKind
  kindName: string
  creditCode: string | null
  category: UnitCategory | null
  categoryName: string | null
  jurisdictionLevel: JurisdictionLevel
  levelName: string
  regionCode: string
  parentId: number | null
  parentName: string | null
  supervisorId: number | null
  supervisorName: string | null
  status: OrganisationStatus
  statusName: string
  children?: Organisation[]
}

export interface OrganisationForm {
  kind: OrganisationKind
  name: string
  creditCode: string
  category: UnitCategory | undefined
  jurisdictionLevel: JurisdictionLevel | undefined
  regionCode: string
  parentId: number | null
  supervisorId: number | null
}

export interface RowFault {
  row: number
  column: string
  code: string
  message: string
}

export interface ImportResult {
  created: number
  organisations: Organisation[]
}

const BASE = '/admin/organisations'

export async function organisationTree(status?: OrganisationStatus): Promise<Organisation[]> {
  return (await http.get<Organisation[]>(`${BASE}/tree`, { params: { status } })).data
}

export async function listOrganisations(query: { kind?: OrganisationKind; status?: OrganisationStatus; name?: string }): Promise<Organisation[]> {
  return (await http.get<Organisation[]>(BASE, { params: query })).data
}

export async function createOrganisation(body: OrganisationForm): Promise<Organisation> {
  return (await http.post<Organisation>(BASE, body)).data
}

export async function updateOrganisation(id: number, body: Omit<OrganisationForm, 'kind' | 'parentId' | 'supervisorId'>): Promise<Organisation> {
  return (await http.put<Organisation>(`${BASE}/${id}`, body)).data
}

export async function moveOrganisation(id: number, body: { parentId: number | null; supervisorId: number | null }): Promise<Organisation> {
  return (await http.post<Organisation>(`${BASE}/${id}/move`, body)).data
}

export async function closeOrganisation(id: number): Promise<Organisation> {
  return (await http.post<Organisation>(`${BASE}/${id}/close`)).data
}

export async function reopenOrganisation(id: number): Promise<Organisation> {
  return (await http.post<Organisation>(`${BASE}/${id}/reopen`)).data
}

/** The template as a Blob (the call carries the bearer token, so a plain link would not do). */
export async function downloadTemplate(): Promise<Blob> {
  return (await http.get<Blob>(`${BASE}/template`, { responseType: 'blob' })).data
}

/** A refused import (422): the error shape plus every faulty cell. Nothing was saved. */
export interface ImportRefusal {
  code: string
  message: string
  fieldErrors: { field: string; message: string }[]
  faults: RowFault[]
}

/** Uploads the file; a 422 with the faulty rows is an answer, not an error (other failures throw ApiError). */
export async function importOrganisations(file: File): Promise<ImportResult | ImportRefusal> {
  const body = new FormData()
  body.append('file', file)
  const response = await http.post<ImportResult | ImportRefusal>(`${BASE}/import`, body, {
    timeout: 120000,
    validateStatus: (status) => status === 200 || status === 422,
  })
  return response.data
}

export function isRefusal(answer: ImportResult | ImportRefusal): answer is ImportRefusal {
  return 'faults' in answer
}
