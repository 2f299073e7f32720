// 个人网上报名 (seed 004): the applicant's own choice of city and level, the form, submit/resubmit/withdraw.
// The person is the signed-in identity: no worker id or ID number is ever sent.
import { http } from './request'
import type { Declaration, LevelCode } from './types'

export interface Region {
  code: string
  name: string
}

export interface ApplicantUnit {
  id: number
  name: string
  category: 'ADMINISTRATIVE' | 'PUBLIC_INSTITUTION' | null
  categoryName: string | null
  jurisdictionLevel: 'PROVINCE' | 'CITY' | 'DISTRICT'
  jurisdictionLevelName: string
}

export interface HelpContact {
  officeName: string
  contactName: string | null
  phone: string
}

export interface ApplicantChoice {
  year: number
  regionCode: string
  regionName: string
  targetLevel: LevelCode
  targetLevelName: string
}

export interface ApplicantHome {
  name: string
  idNumberMasked: string | null
  unit: ApplicantUnit | null
  helpContact: HelpContact | null
  choice: ApplicantChoice | null
  declaration: Declaration | null
  /** The id of this year's draft or returned declaration the applicant may still change. */
  draftId: number | null
  nextStep: string
}

export type UnitCategory = 'ADMINISTRATIVE' | 'PUBLIC_INSTITUTION'
export type UnitLevel = 'PROVINCE' | 'CITY' | 'DISTRICT'

/** 报名信息 as the server takes it. */
export interface ApplicantFormBody {
  unitId: number | null
  workStartDate: string | null
  currentWorkTypeCode: string
  currentLevel: LevelCode | null
  currentLevelYear: number | null
  unitCategory: UnitCategory | null
  unitLevel: UnitLevel | null
  workTypeCode: string
  exceptional: boolean
  reason: string | null
  textbookEthics: boolean | null
  textbookAbility: boolean | null
  textbookSkill: boolean | null
}

export interface ApplicantFormView {
  declaration: Declaration
  unitId: number
  unitName: string
  unitRegionCode: string
  workStartDate: string
  workYears: number
  currentWorkTypeCode: string
  currentWorkTypeName: string
  currentLevel: LevelCode
  currentLevelName: string
  currentLevelYear: number | null
  unitCategory: UnitCategory
  unitLevel: UnitLevel
  workTypeCode: string
  workTypeName: string
  exceptional: boolean
  reason: string | null
  textbookEthics: boolean
  textbookAbility: boolean
  textbookSkill: boolean
}

export async function fetchApplicantHome(): Promise<ApplicantHome> {
  return (await http.get<ApplicantHome>('/applicant/home')).data
}

export async function fetchCities(): Promise<Region[]> {
  return (await http.get<Region[]>('/applicant/cities')).data
}

export async function fetchDistricts(city: string): Promise<Region[]> {
  return (await http.get<Region[]>('/applicant/districts', { params: { city } })).data
}

export async function fetchUnits(region: string): Promise<ApplicantUnit[]> {
  return (await http.get<ApplicantUnit[]>('/applicant/units', { params: { region } })).data
}

export async function saveChoice(regionCode: string, targetLevel: LevelCode): Promise<ApplicantChoice> {
  return (await http.put<ApplicantChoice>('/applicant/choice', { regionCode, targetLevel })).data
}

export async function deleteChoice(): Promise<void> {
  await http.delete('/applicant/choice')
}

export async function fetchApplicantCommitment(): Promise<string> {
  return (await http.get<{ body: string }>('/applicant/commitment-letter')).data.body
}

export async function saveApplicantForm(body: ApplicantFormBody): Promise<ApplicantFormView> {
  return (await http.put<ApplicantFormView>('/applicant/declaration', body)).data
}

export async function fetchApplicantForm(id: number | string): Promise<ApplicantFormView> {
  return (await http.get<ApplicantFormView>(`/applicant/declarations/${id}/form`)).data
}

export async function submitApplicantDeclaration(id: number, qualificationConfirmed = false): Promise<Declaration> {
  return (await http.post<Declaration>(`/applicant/declarations/${id}/submit`, { commitment: 'AGREE', qualificationConfirmed })).data
}

export async function resubmitApplicantDeclaration(id: number, qualificationConfirmed = false): Promise<Declaration> {
  return (await http.post<Declaration>(`/applicant/declarations/${id}/resubmit`, { qualificationConfirmed })).data
}

export async function withdrawApplicantDeclaration(id: number): Promise<Declaration> {
  return (await http.post<Declaration>(`/applicant/declarations/${id}/withdraw`)).data
}
