import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import { TOKEN_KEY } from '@/shared/api/request'
import { forget, signIn } from '@/shared/stores/session'
import PasswordPage from './index.vue'

const ADMIN = { username: 'chief', displayName: '系统管理员', role: 'ADMIN', roleName: '系统管理员', organisationId: null, organisationName: null }

async function mountPage(mustChangePassword: boolean) {
  fakeApi({ 'POST /auth/login': [200, { token: 'old', expiresAt: '2026-11-23T18:00:00Z', user: { ...ADMIN, mustChangePassword } }] })
  forget()
  await signIn('chief', 'Start2026go')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/password', component: PasswordPage },
      { path: '/declarations', component: { template: '<div>申报查询</div>' } },
    ],
  })
  router.push('/password')
  await router.isReady()
  const wrapper = mount(PasswordPage, { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  return { wrapper, router }
}

async function fill(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], next: string, confirm = next) {
  await wrapper.get('[data-test="password-current"]').setValue('Start2026go')
  await wrapper.get('[data-test="password-new"]').setValue(next)
  await wrapper.get('[data-test="password-confirm"]').setValue(confirm)
  await wrapper.get('form').trigger('submit')
}

describe('console change-password page', () => {
  it('says why when the change is forced', async () => {
    const { wrapper } = await mountPage(true)
    expect(wrapper.find('[data-test="password-forced"]').exists()).toBe(true)
  })

  it('refuses a new password without digits, or equal to the username, before sending it', async () => {
    const { wrapper } = await mountPage(true)
    const { calls } = fakeApi({})

    await fill(wrapper, 'onlyletters')
    await expect.poll(() => document.body.textContent).toContain('密码须同时包含英文字母和数字')
    await fill(wrapper, 'Chief2026x', 'Chief2026y')
    await expect.poll(() => document.body.textContent).toContain('两次输入的新密码不一致')
    expect(calls).toHaveLength(0)
  })

  it('keeps the new token the server answers and opens the home page', async () => {
    const { wrapper, router } = await mountPage(true)
    const { calls } = fakeApi({
      'POST /auth/password': [200, { token: 'new', expiresAt: '2026-11-23T18:00:00Z', user: { ...ADMIN, mustChangePassword: false } }],
    })

    await fill(wrapper, 'Chief2026ok')

    await expect.poll(() => router.currentRoute.value.path).toBe('/declarations')
    expect(calls[0].body).toEqual({ currentPassword: 'Start2026go', newPassword: 'Chief2026ok' })
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('new')
  })
})
