import { describe, expect, it } from 'vitest'
import { passwordProblem, usernameProblem } from './password'

describe('password rules', () => {
  it('accepts eight or more characters with letters and digits', () => {
    expect(passwordProblem('abcdef12')).toBe('')
    expect(passwordProblem('Gk@123456', 'danwei')).toBe('')
  })

  it('names the first broken rule', () => {
    expect(passwordProblem('abc123')).toBe('密码长度须为8至64位')
    expect(passwordProblem('a1'.repeat(33))).toBe('密码长度须为8至64位')
    expect(passwordProblem('abcdefgh')).toBe('密码须同时包含英文字母和数字')
    expect(passwordProblem('12345678')).toBe('密码须同时包含英文字母和数字')
    expect(passwordProblem('Chief2026', 'chief2026')).toBe('密码不能与用户名相同')
  })

  it('checks usernames as the server does', () => {
    expect(usernameProblem('gkb_qu')).toBe('')
    expect(usernameProblem('Gkb')).not.toBe('')
    expect(usernameProblem('1abc')).not.toBe('')
    expect(usernameProblem('ab')).not.toBe('')
  })
})
