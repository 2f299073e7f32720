// Page logic of 工种目录: which years can be edited, how a line's state reads.
import type { CatalogLine, LevelGroupCode } from '@/shared/api/catalog'

export const GROUPS: { code: LevelGroupCode; name: string }[] = [
  { code: 'GRADE', name: '等级工' },
  { code: 'TECHNICIAN', name: '技师' },
  { code: 'SENIOR_TECHNICIAN', name: '高级技师' },
]

/** Only this year and next year's scopes can change; past years stay as examined. */
export function editableYear(year: number, thisYear: number): boolean {
  return year === thisYear || year === thisYear + 1
}

/** 在用, or 已取消 with the work type that replaced it. */
export function stateOf(line: CatalogLine): string {
  if (!line.retired) return '在用'
  return line.successorName ? `已合并至 ${line.successorName}` : '已取消'
}

/** Lines matching a filter by code, name or category (the server search adds pinyin in the pickers). */
export function filterLines(lines: CatalogLine[], query: string): CatalogLine[] {
  const q = query.trim()
  if (!q) return lines
  return lines.filter((l) => l.code.includes(q.toUpperCase()) || l.name.includes(q) || l.category.includes(q))
}
