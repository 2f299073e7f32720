import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import { TOKEN_KEY } from '@/shared/api/request'
import { forget, providerLogoutUrl } from '@/shared/stores/session'
import CallbackPage from './index.vue'

const APPLICANT = { username: 'shenbao', displayName: '王建国', role: 'APPLICANT', roleName: '申报人', organisationId: null, organisationName: null, mustChangePassword: false }

async function land(path: string) {
  forget()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/auth/callback', component: CallbackPage },
      { path: '/declarations', component: { template: '<div>我的申报</div>' } },
      { path: '/login', component: { template: '<div>登录</div>' } },
    ],
  })
  router.push(path)
  await router.isReady()
  const wrapper = mount(CallbackPage, { global: { plugins: [Vant, router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('H5 government-login callback', () => {
  it('exchanges the one-time ticket for the token and opens the declarations', async () => {
    const { calls } = fakeApi({
      'POST /auth/gov/ticket': [200, { token: 'gov-token', expiresAt: '2026-06-15T18:00:00Z', user: APPLICANT, providerLogoutUrl: 'http://idp/logout?id_token_hint=x' }],
    })
    const { router } = await land('/auth/callback?ticket=abc123')
    await expect.poll(() => router.currentRoute.value.path).toBe('/declarations')
    expect(calls[0].body).toEqual({ ticket: 'abc123' })
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('gov-token')
    expect(providerLogoutUrl()).toBe('http://idp/logout?id_token_hint=x')
  })

  it('explains a spent ticket and offers the ways to sign in again', async () => {
    fakeApi({ 'POST /auth/gov/ticket': [401, { code: 'GOV_TICKET_INVALID', message: '登录凭据已失效，请重新使用政务服务网登录', fieldErrors: [] }] })
    const { wrapper } = await land('/auth/callback?ticket=used')
    await expect.poll(() => wrapper.text()).toContain('登录凭据已失效')
    expect(wrapper.text()).toContain('使用短信验证码登录')
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull()
  })
})
