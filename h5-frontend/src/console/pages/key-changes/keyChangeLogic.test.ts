import { describe, expect, it } from 'vitest'
import { describeChange, sheetButtonText } from './keyChangeLogic'

describe('key-info change logic', () => {
  it('shows an unchanged field once and a changed one as old and new', () => {
    expect(describeChange({ field: 'NAME', label: '姓名', oldValue: '张三', newValue: '张三', changed: false }))
      .toEqual({ changed: false, oldText: '张三', newText: '张三' })
    expect(describeChange({ field: 'LEVEL_YEAR', label: '取得年份', oldValue: null, newValue: '2020', changed: true }))
      .toEqual({ changed: true, oldText: '（空）', newText: '2020' })
  })

  it('says how many workers are selected', () => {
    expect(sheetButtonText(0)).toContain('请先勾选')
    expect(sheetButtonText(3)).toBe('导出关键信息修改表（已选 3 人）')
  })
})
