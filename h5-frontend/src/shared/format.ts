// Display helpers shared by both apps.
import type { DeclarationMode, DeclarationStatus } from './api/types'

/** "2026-11-23T09:30:00Z" → "2026-11-23 17:30" in the browser's time zone; empty stays empty. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger'

/** Tag colour per declaration status; the type names are the same in Vant and Element Plus. */
export function statusTagType(status: DeclarationStatus): TagType {
  switch (status) {
    case 'APPROVED':
      return 'success'
    case 'REJECTED':
      return 'danger'
    case 'RETURNED':
      return 'warning'
    default:
      return 'primary'
  }
}

export const STATUS_OPTIONS: { value: DeclarationStatus; label: string }[] = [
  { value: 'UNDER_REVIEW', label: '审核中' },
  { value: 'APPROVED', label: '审核通过' },
  { value: 'REJECTED', label: '审核不通过' },
  { value: 'RETURNED', label: '退回补充' },
  { value: 'WITHDRAWN', label: '已撤回' },
]

/** 申报方式 per level group (seed 000): 等级工 every mode, 技师/高级技师 only 正常 and 破格. */
export const MODE_OPTIONS: { value: DeclarationMode; label: string; grade: boolean }[] = [
  { value: 'NORMAL', label: '正常申报', grade: false },
  { value: 'EXCEPTIONAL', label: '破格申报', grade: false },
  { value: 'POST_CHANGE', label: '转岗申报', grade: true },
  { value: 'RECHECK', label: '复核申报', grade: true },
  { value: 'VETERAN', label: '退伍兵初定', grade: true },
]

/** 等级组 (each has its registration window and rule line). */
export const LEVEL_GROUP_NAMES: Record<string, string> = { GRADE: '等级工', TECHNICIAN: '技师', SENIOR_TECHNICIAN: '高级技师' }

export function modesFor(level: string | undefined): { value: DeclarationMode; label: string }[] {
  const grade = level === 'JUNIOR' || level === 'INTERMEDIATE' || level === 'SENIOR'
  return MODE_OPTIONS.filter((m) => grade || !m.grade)
}
