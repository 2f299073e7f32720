import { http } from './request'

/** 高级技师申报信息 (issue 16): what the author fills in and the reviewers read. */
export type AnnualAssessment = 'EXCELLENT' | 'PASSED' | 'BARELY_PASSED' | 'FAILED'

export const ANNUAL_ASSESSMENTS: { value: AnnualAssessment; label: string }[] = [
  { value: 'EXCELLENT', label: '优秀' },
  { value: 'PASSED', label: '合格' },
  { value: 'BARELY_PASSED', label: '基本合格' },
  { value: 'FAILED', label: '不合格' },
]

export interface SeniorExtras {
  declarationId: number
  editable: boolean
  annualAssessment: AnnualAssessment | null
  annualAssessmentName: string | null
  resume: string | null
  rewardsPenalties: string | null
  achievements: string | null
  claimedConditions: number[]
  conditions: { number: number; name: string; claimed: boolean; proofFiles: number }[]
  thesisTitle: string | null
  thesisFiles: { fileName: string; matchesTitle: boolean }[]
  missing: string[]
  updatedAt: string | null
}

export interface SeniorExtrasInput {
  annualAssessment: AnnualAssessment | ''
  resume: string
  rewardsPenalties: string
  achievements: string
  claimedConditions: number[]
  thesisTitle: string
}

/** The bounds the server checks (SeniorExtrasForm), for maxlength and counters. */
export const SENIOR_LIMITS = { resume: 2000, rewardsPenalties: 1000, achievements: 2000, thesisTitle: 80 } as const

export async function getSeniorExtras(declarationId: number | string): Promise<SeniorExtras> {
  return (await http.get<SeniorExtras>(`/declarations/${declarationId}/senior-extras`)).data
}

export async function saveSeniorExtras(declarationId: number | string, input: SeniorExtrasInput): Promise<SeniorExtras> {
  return (await http.put<SeniorExtras>(`/declarations/${declarationId}/senior-extras`, input)).data
}

/** The editable form of loaded extras (empty strings for empty fields). */
export function toInput(extras: SeniorExtras | undefined): SeniorExtrasInput {
  return {
    annualAssessment: extras?.annualAssessment ?? '',
    resume: extras?.resume ?? '',
    rewardsPenalties: extras?.rewardsPenalties ?? '',
    achievements: extras?.achievements ?? '',
    claimedConditions: [...(extras?.claimedConditions ?? [])],
    thesisTitle: extras?.thesisTitle ?? '',
  }
}
