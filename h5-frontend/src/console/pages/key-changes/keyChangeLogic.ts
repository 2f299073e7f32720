import type { FieldChange } from '@/shared/api/keyChanges'

const EMPTY = '（空）'

/** What a cell of the old-vs-new table says: both values as text, and whether the field changes. */
export function describeChange(change: FieldChange): { changed: boolean; oldText: string; newText: string } {
  const oldText = change.oldValue && change.oldValue.trim() ? change.oldValue : EMPTY
  const newText = change.newValue && change.newValue.trim() ? change.newValue : EMPTY
  return { changed: change.changed, oldText, newText }
}

/** The button text for exporting the selected workers' sheet. */
export function sheetButtonText(selected: number): string {
  return selected > 0 ? `导出关键信息修改表（已选 ${selected} 人）` : '导出关键信息修改表（请先勾选人员）'
}
