import { describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { ApiError, TOKEN_KEY, fieldErrorMap, http, onUnauthorized } from './request'

describe('request', () => {
  it('turns an error response into { code, message, fieldErrors }', async () => {
    const body = {
      code: 'WORKER_ID_NUMBER_INVALID',
      message: '身份证号码校验位错误，请核对后重新输入',
      fieldErrors: [{ field: 'idNumber', message: '身份证号码校验位错误' }],
    }
    fakeApi({ 'POST /roster/workers': [400, body] })

    const error = await http.post('/roster/workers', {}).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect({ code: error.code, message: error.message, fieldErrors: error.fieldErrors }).toEqual(body)
    expect(error.status).toBe(400)
    expect(fieldErrorMap(error)).toEqual({ idNumber: '身份证号码校验位错误' })
  })

  it('gives a Chinese message when the body is not the API error shape', async () => {
    fakeApi({ 'GET /me': [502, '<html>Bad Gateway</html>'] })

    const error = await http.get('/me').catch((e) => e)

    expect(error.code).toBe('HTTP_502')
    expect(error.message).toBe('服务暂不可用（502），请稍后重试')
    expect(error.fieldErrors).toEqual([])
  })

  it('sends the session token as a bearer token', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'abc123')
    const { calls } = fakeApi({ 'GET /me': [200, {}] })

    await http.get('/me')

    expect(calls[0].headers.get('Authorization')).toBe('Bearer abc123')
  })

  it('on 401 clears the token and goes to the sign-in page', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'expired')
    const toLogin = vi.fn()
    onUnauthorized(toLogin)
    fakeApi({ 'GET /declarations': [401, { code: 'AUTH_REQUIRED', message: '请先登录', fieldErrors: [] }] })

    await expect(http.get('/declarations')).rejects.toMatchObject({ code: 'AUTH_REQUIRED', status: 401 })

    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull()
    expect(toLogin).toHaveBeenCalledOnce()
  })

  it('does not treat bad credentials on the login call as an expired session', async () => {
    const toLogin = vi.fn()
    onUnauthorized(toLogin)
    fakeApi({ 'POST /auth/login': [401, { code: 'AUTH_BAD_CREDENTIALS', message: '用户名或密码错误', fieldErrors: [] }] })

    await expect(http.post('/auth/login', {})).rejects.toMatchObject({ code: 'AUTH_BAD_CREDENTIALS' })

    expect(toLogin).not.toHaveBeenCalled()
  })
})
