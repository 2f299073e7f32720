import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import { TOKEN_KEY } from '@/shared/api/request'
import { forget, signIn } from '@/shared/stores/session'
import PasswordPage from './index.vue'

const APPLICANT = { username: 'shenbao', displayName: '王建国', role: 'APPLICANT', roleName: '申报人', organisationId: null, organisationName: null }

async function mountPage() {
  fakeApi({ 'POST /auth/login': [200, { token: 'old', expiresAt: '2026-11-23T18:00:00Z', user: { ...APPLICANT, mustChangePassword: true } }] })
  forget()
  await signIn('shenbao', 'Temp2026abcd')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/password', component: PasswordPage },
      { path: '/home', component: { template: '<div>首页</div>' } },
    ],
  })
  router.push('/password')
  await router.isReady()
  const wrapper = mount(PasswordPage, { global: { plugins: [Vant, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

async function fill(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], next: string) {
  await wrapper.get('[data-test="h5-password-current"] input').setValue('Temp2026abcd')
  await wrapper.get('[data-test="h5-password-new"] input').setValue(next)
  await wrapper.get('[data-test="h5-password-confirm"] input').setValue(next)
  await wrapper.get('form').trigger('submit')
}

describe('H5 change-password page', () => {
  it('says the change is forced and refuses a password without digits before sending it', async () => {
    const { wrapper } = await mountPage()
    expect(wrapper.find('[data-test="h5-password-forced"]').exists()).toBe(true)
    const { calls } = fakeApi({})

    await fill(wrapper, 'onlyletters')

    await expect.poll(() => wrapper.text()).toContain('密码须同时包含英文字母和数字')
    expect(calls).toHaveLength(0)
  })

  it('keeps the new token and opens the home page', async () => {
    const { wrapper, router } = await mountPage()
    fakeApi({ 'POST /auth/password': [200, { token: 'new', expiresAt: '2026-11-23T18:00:00Z', user: { ...APPLICANT, mustChangePassword: false } }] })

    await fill(wrapper, 'Wang2026ok')

    await expect.poll(() => router.currentRoute.value.path).toBe('/home')
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('new')
  })
})
