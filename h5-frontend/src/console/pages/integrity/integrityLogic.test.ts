import { describe, expect, it } from 'vitest'
import { barEnd, barEndHint } from './integrityLogic'

describe('诚信记录 bar end', () => {
  it('is the third anniversary of the finding', () => {
    expect(barEnd('2026-06-15')).toBe('2029-06-15')
    expect(barEndHint('2023-06-16')).toBe('3年内不得申报，2026-06-16起可再申报')
  })

  it('falls back to 28 February for a finding on 29 February, as the server does', () => {
    expect(barEnd('2024-02-29')).toBe('2027-02-28')
  })

  it('says nothing for an empty or malformed date', () => {
    expect(barEnd('')).toBe('')
    expect(barEndHint('2026/06/15')).toBe('')
  })
})
