// Page logic of the worker detail: names of key fields, times as shown.

const FIELD_NAMES: Record<string, string> = {
  NAME: '姓名',
  ID_NUMBER: '身份证号',
  WORK_TYPE: '工种',
  LEVEL: '等级',
  LEVEL_YEAR: '等级取得年份',
  UNIT: '单位',
  STATUS: '状态',
}

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field
}

/** An instant as Beijing time, "2026-06-15 10:00". */
export function formatTime(instant: string): string {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const local = new Date(date.getTime() + 8 * 3600_000)
  return local.toISOString().slice(0, 16).replace('T', ' ')
}

/** The typed values of a subset entry as the form edits them: every field a string. */
export function formValues(fields: { name: string }[], entry?: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, entry?.[f.name] == null ? '' : String(entry[f.name])]))
}
