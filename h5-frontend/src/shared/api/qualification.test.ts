import { describe, expect, it } from 'vitest'
import { qualificationWarnings } from './declarations'

// 合格库 (seed 004): a QUALIFICATION_UNCONFIRMED refusal carries the seed's texts per declaration.
describe('qualificationWarnings', () => {
  it('groups the seed texts by declaration and ignores other field errors', () => {
    const byId = qualificationWarnings([
      { field: 'qualification:41', message: '现岗位等级取得时间与合格库信息不符，是否确认报考' },
      { field: 'qualification:41', message: '现岗位工种与合格库信息不符，是否确认报考' },
      { field: 'qualification:42', message: '现岗位等级与合格库信息不符，是否确认报考' },
      { field: 'contactPhone', message: '请输入联系电话' },
      { field: 'qualification', message: '现岗位工种与合格库信息不符，是否确认报考' },
    ])
    expect([...byId.keys()]).toEqual([41, 42, 0])
    expect(byId.get(41)).toEqual(['现岗位等级取得时间与合格库信息不符，是否确认报考', '现岗位工种与合格库信息不符，是否确认报考'])
    expect(byId.get(42)).toHaveLength(1)
  })

  it('finds nothing in other refusals', () => {
    expect(qualificationWarnings([{ field: 'rule:seniority', message: '任职年限不足' }]).size).toBe(0)
  })
})
