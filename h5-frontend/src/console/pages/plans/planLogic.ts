// 考评计划管理: from the server's view to the form and back.
import type { PlanInput, PlanView } from '@/shared/api/plans'

/** A datetime-local input's value (2026-08-31T23:59 or with seconds) as the API takes it. */
export function toApiTime(value: string | null | undefined): string | null {
  if (!value) return null
  return /T\d{2}:\d{2}$/.test(value) ? `${value}:00` : value
}

/** The API's 2026-08-31T23:59:59 as a datetime-local value (seconds kept so 23:59:59 stays the last second). */
export function toInputTime(value: string | null | undefined): string {
  return value ? value.slice(0, 19) : ''
}

export function formFromView(view: PlanView): PlanInput {
  return {
    year: view.year,
    regionCode: view.regionCode,
    name: view.name,
    windows: view.windows.map((w) => ({
      levelGroup: w.levelGroup,
      opensAt: toInputTime(w.opensAt),
      closesAt: toInputTime(w.closesAt),
      inPostCutoff: w.inPostCutoff ?? '',
      examOn: w.examOn ?? '',
      admitCardFrom: toInputTime(w.admitCardFrom),
      resultsAt: toInputTime(w.resultsAt),
    })),
    rules: view.rules.map((r) => ({
      targetLevel: r.targetLevel,
      yearsInLevel: r.yearsInLevel,
      totalWorkYears: r.totalWorkYears,
      trainingYears: r.trainingYears,
    })),
  }
}

export function formFromDefaults(defaults: PlanInput): PlanInput {
  return {
    ...defaults,
    windows: defaults.windows.map((w) => ({
      ...w,
      opensAt: toInputTime(w.opensAt),
      closesAt: toInputTime(w.closesAt),
      examOn: w.examOn ?? '',
      admitCardFrom: toInputTime(w.admitCardFrom),
      resultsAt: toInputTime(w.resultsAt),
    })),
  }
}

/** The form as the API takes it: empty optional fields become null, times get their seconds. */
export function payload(form: PlanInput): PlanInput {
  return {
    ...form,
    name: form.name.trim(),
    windows: form.windows.map((w) => ({
      levelGroup: w.levelGroup,
      opensAt: toApiTime(w.opensAt) ?? '',
      closesAt: toApiTime(w.closesAt) ?? '',
      inPostCutoff: w.inPostCutoff,
      examOn: w.examOn || null,
      admitCardFrom: toApiTime(w.admitCardFrom),
      resultsAt: toApiTime(w.resultsAt),
    })),
    rules: form.rules.map((r) => ({ ...r, totalWorkYears: r.totalWorkYears === null || (r.totalWorkYears as unknown) === '' ? null : Number(r.totalWorkYears) })),
  }
}

export { LEVEL_GROUP_NAMES } from '@/shared/format'
export const LEVEL_NAMES: Record<string, string> = {
  JUNIOR: '五级/初级工',
  INTERMEDIATE: '四级/中级工',
  SENIOR: '三级/高级工',
  TECHNICIAN: '二级/技师',
  SENIOR_TECHNICIAN: '一级/高级技师',
}
