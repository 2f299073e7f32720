import { describe, expect, it } from 'vitest'
import { formFromView, payload, toApiTime } from './planLogic'
import type { PlanView } from '@/shared/api/plans'

const view: PlanView = {
  id: 7, year: 2027, regionCode: '321012', regionName: '扬州市江都区工考办', name: '2027年度', editable: true,
  windows: [{
    levelGroup: 'GRADE', levelGroupName: '等级工', opensAt: '2027-08-01T00:00:00', closesAt: '2027-08-31T23:59:59',
    inPostCutoff: '2027-12-31', examOn: null, admitCardFrom: null, resultsAt: '2027-12-01T09:00:00', state: 'UPCOMING', stateName: '即将开始',
  }],
  rules: [{ targetLevel: 'INTERMEDIATE', targetLevelName: '四级/中级工', yearsInLevel: 5, totalWorkYears: 10, trainingYears: 2 }],
  openWorkTypes: [],
}

describe('plan form', () => {
  it('adds seconds to datetime-local values and keeps them when present', () => {
    expect(toApiTime('2027-08-31T23:59')).toBe('2027-08-31T23:59:00')
    expect(toApiTime('2027-08-31T23:59:59')).toBe('2027-08-31T23:59:59')
    expect(toApiTime('')).toBeNull()
  })

  it('round-trips a plan and sends empty optional dates as null', () => {
    const sent = payload(formFromView(view))
    expect(sent.windows[0]).toEqual({
      levelGroup: 'GRADE', opensAt: '2027-08-01T00:00:00', closesAt: '2027-08-31T23:59:59', inPostCutoff: '2027-12-31',
      examOn: null, admitCardFrom: null, resultsAt: '2027-12-01T09:00:00',
    })
    expect(sent.rules[0]).toEqual({ targetLevel: 'INTERMEDIATE', yearsInLevel: 5, totalWorkYears: 10, trainingYears: 2 })
  })
})
