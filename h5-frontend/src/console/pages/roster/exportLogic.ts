// Page logic of the roster export: default columns, progress percentage, the polling loop.
import type { ExportProgress } from '@/shared/api/roster'

/** The columns ticked when the dialog opens: what a unit usually sends on. */
export const DEFAULT_COLUMNS = ['NAME', 'ID_NUMBER', 'UNIT', 'WORK_TYPE', 'LEVEL', 'LEVEL_YEAR', 'STATUS']

/** 0–100; an export of nothing counts as done, rows are 95 % of the work and packing the file the rest. */
export function percent(progress: ExportProgress | null): number {
  if (!progress) return 0
  if (progress.finished) return 100
  if (progress.total <= 0) return 95
  return Math.min(95, Math.floor((progress.written / progress.total) * 95))
}

/** A token that names this export for progress polling. */
export function newToken(): string {
  return `exp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** A file name with today's date, e.g. 工勤人员名册-2026-06-15.xlsx. */
export function fileName(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `工勤人员名册-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.xlsx`
}
