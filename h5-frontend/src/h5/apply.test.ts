import { describe, expect, it } from 'vitest'
import { emptyForm, errorsByField, generalProblems, toBody, workYears, yearApplies } from './apply'

describe('individual declaration form', () => {
  it('computes the work years from the work start date as completed years', () => {
    const today = new Date(2026, 5, 15)
    expect(workYears('2006-07-01', today)).toBe(19)
    expect(workYears('2006-06-15', today)).toBe(20)
    expect(workYears('2030-01-01', today)).toBe(0)
    expect(workYears('', today)).toBeNull()
    expect(workYears('2006/07/01', today)).toBeNull()
  })

  it('leaves the year blank for 未定级 and sends the reason only with 破格', () => {
    const form = { ...emptyForm(), currentLevel: 'NONE' as const, currentLevelYearText: '2015', reason: '获省级技术能手称号' }
    expect(yearApplies('NONE')).toBe(false)
    expect(toBody(form).currentLevelYear).toBeNull()
    expect(toBody(form).reason).toBeNull()
    const junior = { ...form, currentLevel: 'JUNIOR' as const, exceptional: true }
    expect(toBody(junior).currentLevelYear).toBe(2015)
    expect(toBody(junior).reason).toBe('获省级技术能手称号')
    expect(toBody({ ...junior, currentLevelYearText: '二〇一五' }).currentLevelYear).toBeNull()
  })

  it('never sends who the person is: the identity is the signed-in account', () => {
    const body = toBody(emptyForm()) as unknown as Record<string, unknown>
    expect(Object.keys(body)).not.toContain('workerId')
    expect(Object.keys(body)).not.toContain('idNumber')
    expect(Object.keys(body)).not.toContain('name')
  })

  it('puts each server problem under its field and rule failures above the buttons', () => {
    const errors = [
      { field: 'reason', message: '破格晋升说明不能超过100个字' },
      { field: 'reason', message: 'second' },
      { field: 'rule:level-progression', message: '不能越级申报' },
      { field: 'qualification', message: '现岗位工种与合格库信息不符，是否确认报考' },
    ]
    expect(errorsByField(errors).reason).toBe('破格晋升说明不能超过100个字')
    expect(generalProblems(errors)).toEqual(['不能越级申报', '现岗位工种与合格库信息不符，是否确认报考'])
  })
})
