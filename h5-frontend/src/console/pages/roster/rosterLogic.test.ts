import { describe, expect, it } from 'vitest'
import { cleanFilters, sortFor } from './rosterLogic'
import { fileName, percent } from './exportLogic'
import { fieldName, formValues, formatTime } from '../roster-detail/detailLogic'

describe('roster list logic', () => {
  it('maps a sorted column to the server sort and no order to the default', () => {
    expect(sortFor('name', 'ascending')).toEqual({ sort: 'NAME', descending: false })
    expect(sortFor('unitName', 'descending')).toEqual({ sort: 'UNIT', descending: true })
    expect(sortFor('name', null)).toEqual({})
    expect(sortFor('idNumber', 'ascending')).toEqual({})
  })

  it('drops empty filters from the query', () => {
    expect(cleanFilters({ name: '', idNumber: '320', workTypeCode: '', level: undefined, status: 'ACTIVE' })).toEqual({
      idNumber: '320',
      status: 'ACTIVE',
    })
  })
})

describe('export logic', () => {
  it('reports rows as up to 95 % and only a finished export as 100 %', () => {
    expect(percent(null)).toBe(0)
    expect(percent({ total: 1000, written: 500, finished: false })).toBe(47)
    expect(percent({ total: 1000, written: 1000, finished: false })).toBe(95)
    expect(percent({ total: 1000, written: 1000, finished: true })).toBe(100)
    expect(percent({ total: 0, written: 0, finished: false })).toBe(95)
  })

  it('names the file with the date', () => {
    expect(fileName(new Date(2026, 5, 5))).toBe('工勤人员名册-2026-06-05.xlsx')
  })
})

describe('detail logic', () => {
  it('names key fields in Chinese and shows times in Beijing time', () => {
    expect(fieldName('LEVEL')).toBe('等级')
    expect(fieldName('OTHER')).toBe('OTHER')
    expect(formatTime('2026-06-15T02:00:00Z')).toBe('2026-06-15 10:00')
  })

  it('turns an entry into form strings, empty for missing values', () => {
    expect(formValues([{ name: 'year' }, { name: 'result' }, { name: 'note' }], { year: 2020, result: '优秀', note: null })).toEqual({
      year: '2020',
      result: '优秀',
      note: '',
    })
  })
})
