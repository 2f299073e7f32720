import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import { TOKEN_KEY } from '@/shared/api/request'
import LoginPage from './index.vue'

async function mountLogin() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginPage },
      { path: '/roster', component: { template: '<div>名册</div>' } },
      { path: '/password', component: { template: '<div>修改密码</div>' } },
    ],
  })
  router.push('/login')
  await router.isReady()
  const wrapper = mount(LoginPage, { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  return { wrapper, router }
}

async function signInAs(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], username: string) {
  await wrapper.get('[data-test="login-username"]').setValue(username)
  await wrapper.get('[data-test="login-password"]').setValue('wrong-password')
  await wrapper.get('form').trigger('submit')
}

describe('console login page', () => {
  it('shows the server message when the sign-in fails', async () => {
    fakeApi({
      'POST /auth/login': [401, { code: 'AUTH_BAD_CREDENTIALS', message: '用户名或密码错误，还可尝试 3 次', fieldErrors: [] }],
    })
    const { wrapper, router } = await mountLogin()

    await signInAs(wrapper, 'danwei')

    await expect.poll(() => wrapper.find('[data-test="login-error"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="login-error"]').text()).toContain('用户名或密码错误，还可尝试 3 次')
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull()
    expect(router.currentRoute.value.path).toBe('/login')
  })

  it('signs a unit operator in and opens the roster', async () => {
    const user = { username: 'danwei', displayName: '张经办', role: 'UNIT_OPERATOR', roleName: '申报单位经办人', organisationId: 1, organisationName: '水利工程管理处' }
    const { calls } = fakeApi({ 'POST /auth/login': [200, { token: 't-1', expiresAt: '2026-11-23T18:00:00Z', user }] })
    const { wrapper, router } = await mountLogin()

    await signInAs(wrapper, 'danwei')

    await expect.poll(() => router.currentRoute.value.path).toBe('/roster')
    expect(calls[0].body).toEqual({ username: 'danwei', password: 'wrong-password' })
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('t-1')
  })

  it('does not send the form without a username', async () => {
    const { calls } = fakeApi({})
    const { wrapper } = await mountLogin()

    await wrapper.get('form').trigger('submit')

    await expect.poll(() => wrapper.text()).toContain('请输入用户名')
    expect(calls).toHaveLength(0)
  })

  it('leads an account that must change its password to the change-password form', async () => {
    const user = { username: 'chief', displayName: '系统管理员', role: 'ADMIN', roleName: '系统管理员', organisationId: null, organisationName: null, mustChangePassword: true }
    fakeApi({ 'POST /auth/login': [200, { token: 't-2', expiresAt: '2026-11-23T18:00:00Z', user }] })
    const { wrapper, router } = await mountLogin()

    await signInAs(wrapper, 'chief')

    await expect.poll(() => router.currentRoute.value.path).toBe('/password')
  })
})
