import { describe, expect, it } from 'vitest'
import { emptySlot, slotProblems } from './slotRules'

describe('slotProblems', () => {
  it('accepts a valid list', () => {
    expect(slotProblems([{ ...emptySlot(1), code: 'ID_CARD', name: '身份证' }])).toEqual([])
  })

  it('names bad codes, duplicates within a level and mode, missing names and an empty list', () => {
    const base = { ...emptySlot(1), code: 'ID_CARD', name: '身份证' }
    expect(slotProblems([])).toEqual(['请至少设置一个材料栏目'])
    expect(slotProblems([{ ...base, code: 'id card' }])[0]).toContain('第1行：栏目代码')
    expect(slotProblems([base, { ...base, name: '另一个' }])).toEqual(['第2行：栏目代码 ID_CARD 对同一等级和申报方式重复'])
    expect(slotProblems([base, { ...base, levelGroup: 'TECHNICIAN' }])).toEqual([])
    expect(slotProblems([{ ...base, name: ' ' }])).toEqual(['第1行：请填写栏目名称（不超过60字）'])
  })
})
