// Checks of the slot list before it is saved (the server checks again): codes, names, duplicates.
import type { SlotDefinition } from '@/shared/api/materials'

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/

/** The first problem of each row that has one, as "第n行：…" messages. */
export function slotProblems(slots: SlotDefinition[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  if (!slots.length) return ['请至少设置一个材料栏目']
  slots.forEach((slot, i) => {
    const row = `第${i + 1}行：`
    const code = slot.code.trim()
    const key = `${code}/${slot.levelGroup ?? ''}/${slot.mode ?? ''}`
    if (!CODE.test(code)) problems.push(`${row}栏目代码须为2至40位大写字母、数字或下划线，且以字母开头`)
    else if (seen.has(key)) problems.push(`${row}栏目代码 ${code} 对同一等级和申报方式重复`)
    else if (!slot.name.trim() || slot.name.trim().length > 60) problems.push(`${row}请填写栏目名称（不超过60字）`)
    seen.add(key)
  })
  return problems
}

export function emptySlot(sortOrder: number): SlotDefinition {
  return { code: '', name: '', kind: 'PHOTO', required: false, hint: null, levelGroup: null, mode: null, sortOrder }
}
