// The logic of the individual declaration form (seed 004), kept apart from the page so it can be tested.
import type { ApplicantFormBody, ApplicantFormView } from '@/shared/api/applicant'
import type { FieldError, LevelCode } from '@/shared/api/types'

/** The levels an applicant may hold now (未定级 first) and the ones they may declare. */
export const CURRENT_LEVELS: { code: LevelCode; name: string }[] = [
  { code: 'NONE', name: '未定级' },
  { code: 'JUNIOR', name: '五级/初级工' },
  { code: 'INTERMEDIATE', name: '四级/中级工' },
  { code: 'SENIOR', name: '三级/高级工' },
  { code: 'TECHNICIAN', name: '二级/技师' },
  { code: 'SENIOR_TECHNICIAN', name: '一级/高级技师' },
]
export const TARGET_LEVELS = CURRENT_LEVELS.filter((level) => level.code !== 'NONE')

export const MAX_REASON = 100

/** The form as the page edits it; the names it shows for chosen work types and the unit. */
export interface FormState extends ApplicantFormBody {
  unitName: string
  currentWorkTypeName: string
  workTypeName: string
  currentLevelYearText: string
}

export function emptyForm(): FormState {
  return {
    unitId: null,
    unitName: '',
    workStartDate: null,
    currentWorkTypeCode: '',
    currentWorkTypeName: '',
    currentLevel: null,
    currentLevelYear: null,
    currentLevelYearText: '',
    unitCategory: null,
    unitLevel: null,
    workTypeCode: '',
    workTypeName: '',
    exceptional: false,
    reason: null,
    textbookEthics: null,
    textbookAbility: null,
    textbookSkill: null,
  }
}

/** The saved values back into the page's form. */
export function fromView(view: ApplicantFormView): FormState {
  return {
    unitId: view.unitId,
    unitName: view.unitName,
    workStartDate: view.workStartDate,
    currentWorkTypeCode: view.currentWorkTypeCode,
    currentWorkTypeName: view.currentWorkTypeName,
    currentLevel: view.currentLevel,
    currentLevelYear: view.currentLevelYear,
    currentLevelYearText: view.currentLevelYear === null ? '' : String(view.currentLevelYear),
    unitCategory: view.unitCategory,
    unitLevel: view.unitLevel,
    workTypeCode: view.workTypeCode,
    workTypeName: view.workTypeName,
    exceptional: view.exceptional,
    reason: view.reason,
    textbookEthics: view.textbookEthics,
    textbookAbility: view.textbookAbility,
    textbookSkill: view.textbookSkill,
  }
}

/**
 * 工作年限, filled in from 参加工作时间: completed years up to {@code today} (the server counts the same way);
 * null while the date is missing or not a date.
 */
export function workYears(workStartDate: string | null, today: Date = new Date()): number | null {
  if (!workStartDate || !/^\d{4}-\d{2}-\d{2}$/.test(workStartDate)) return null
  const [y, m, d] = workStartDate.split('-').map(Number)
  let years = today.getFullYear() - y
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) years--
  return Math.max(0, years)
}

/** 现等级取得年份 is blank for 未定级 ("现岗位等级为未定级时将默认为空白"). */
export function yearApplies(level: LevelCode | null): boolean {
  return level !== null && level !== 'NONE'
}

/** What the server receives: the year as a number (blank for 未定级), the reason only with 破格. */
export function toBody(form: FormState): ApplicantFormBody {
  const yearText = form.currentLevelYearText.trim()
  return {
    unitId: form.unitId,
    workStartDate: form.workStartDate || null,
    currentWorkTypeCode: form.currentWorkTypeCode,
    currentLevel: form.currentLevel,
    currentLevelYear: yearApplies(form.currentLevel) && /^\d+$/.test(yearText) ? Number(yearText) : null,
    unitCategory: form.unitCategory,
    unitLevel: form.unitLevel,
    workTypeCode: form.workTypeCode,
    exceptional: form.exceptional,
    reason: form.exceptional ? (form.reason ?? '').trim() || null : null,
    textbookEthics: form.textbookEthics,
    textbookAbility: form.textbookAbility,
    textbookSkill: form.textbookSkill,
  }
}

/** The server's field errors by field (the first message of each), to show under the fields. */
export function errorsByField(errors: FieldError[] | undefined): Record<string, string> {
  const byField: Record<string, string> = {}
  for (const error of errors ?? []) {
    if (!(error.field in byField)) byField[error.field] = error.message
  }
  return byField
}

/** Rule failures (rule:…) and 合格库 warnings (qualification…) that belong to no field: shown above the buttons. */
export function generalProblems(errors: FieldError[] | undefined): string[] {
  return (errors ?? []).filter((e) => e.field.startsWith('rule:') || e.field.startsWith('qualification')).map((e) => e.message)
}
