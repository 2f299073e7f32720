import { describe, expect, it } from 'vitest'
import { editableYear, filterLines, stateOf } from './catalogLogic'

const line = (code: string, name: string, retired = false, successorName: string | null = null) => ({
  code,
  name,
  category: '服务类',
  retired,
  successorCode: null,
  successorName,
  open: [],
})

describe('work-type catalog page logic', () => {
  it('lets only this year and next year be edited', () => {
    expect(editableYear(2026, 2026)).toBe(true)
    expect(editableYear(2027, 2026)).toBe(true)
    expect(editableYear(2025, 2026)).toBe(false)
    expect(editableYear(2028, 2026)).toBe(false)
  })

  it('names the successor of a merged work type', () => {
    expect(stateOf(line('A', '甲'))).toBe('在用')
    expect(stateOf(line('B', '乙', true, '甲'))).toBe('已合并至 甲')
    expect(stateOf(line('C', '丙', true))).toBe('已取消')
  })

  it('filters by code (any case), name or category', () => {
    const lines = [line('FW01', '行政事务'), line('SL01', '河道修防')]
    expect(filterLines(lines, 'fw').map((l) => l.code)).toEqual(['FW01'])
    expect(filterLines(lines, '河道').map((l) => l.code)).toEqual(['SL01'])
    expect(filterLines(lines, ' ')).toHaveLength(2)
  })
})
