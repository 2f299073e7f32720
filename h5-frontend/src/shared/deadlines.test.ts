import { describe, expect, it } from 'vitest'
import { deadlineText, followUps, formatWhen } from './deadlines'
import type { Deadline } from './api/plans'

const base: Deadline = {
  planId: 1, year: 2026, planName: '2026年度', levelGroup: 'GRADE', levelGroupName: '等级工',
  opensAt: '2026-08-01T00:00:00', closesAt: '2026-08-31T23:59:59', inPostCutoff: '2026-12-31', examOn: null,
  admitCardFrom: null, resultsAt: null, state: 'OPEN', stateName: '正在报名', daysLeft: 3,
}

describe('deadline wording', () => {
  it('formats Shanghai wall times in Chinese', () => {
    expect(formatWhen('2026-08-31T23:59:59')).toBe('2026年8月31日 23:59')
    expect(formatWhen('2026-12-31')).toBe('2026年12月31日')
    expect(formatWhen(null)).toBe('')
  })

  it('says what is open, what comes and what has closed', () => {
    expect(deadlineText(base)).toBe('2026年度等级工报名进行中，2026年8月31日 23:59截止（还剩3天）')
    expect(deadlineText({ ...base, daysLeft: 0 })).toContain('今天截止')
    expect(deadlineText({ ...base, state: 'UPCOMING' })).toBe('2026年度等级工报名将于2026年8月1日 00:00开始，2026年8月31日 23:59截止')
    expect(deadlineText({ ...base, state: 'CLOSED' })).toBe('2026年度等级工报名已于2026年8月31日 23:59截止')
  })

  it('lists the selection exam, admit cards, results and the in-post cut-off', () => {
    expect(followUps({ ...base, examOn: '2026-08-15', admitCardFrom: '2026-10-08T09:00:00' }))
      .toEqual(['选拔考试 2026年8月15日', '准考证打印 2026年10月8日 09:00起', '须在 2026年12月31日 仍在职在岗'])
  })
})
