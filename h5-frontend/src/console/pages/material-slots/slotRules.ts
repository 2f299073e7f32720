// Checks of the slot list before it is saved (the server checks again): codes, names, duplicates.
import type { SlotDefinition } from '@/shared/api/materials'
import { LEVEL_GROUP_NAMES, MODE_OPTIONS } from '@/shared/format'

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

/** The table's choice columns, in order; '' stands for 全部 (every level group or mode). */
export const CHOICE_COLUMNS = [
  {
    field: 'kind',
    label: '类型',
    width: 130,
    aria: '材料类型',
    options: [
      { label: '照片（JPG/PNG）', value: 'PHOTO' },
      { label: '打印件（JPG/PNG/PDF）', value: 'PRINTOUT' },
      { label: '文档（DOC/DOCX）', value: 'DOCUMENT' },
    ],
  },
  {
    field: 'levelGroup',
    label: '等级',
    width: 120,
    aria: '适用等级',
    options: [{ label: '全部', value: '' }, ...Object.entries(LEVEL_GROUP_NAMES).map(([value, label]) => ({ label, value }))],
  },
  {
    field: 'mode',
    label: '申报方式',
    width: 130,
    aria: '适用申报方式',
    options: [{ label: '全部', value: '' }, ...MODE_OPTIONS.map(({ value, label }) => ({ label, value }))],
  },
] as const
