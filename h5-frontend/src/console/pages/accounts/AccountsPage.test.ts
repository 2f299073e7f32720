import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi, type FakeCall } from '@/test/fakeApi'
import { forget, signIn } from '@/shared/stores/session'
import AccountsPage from './index.vue'
import { assignableRoles } from './accountRules'

const OFFICE = { username: 'gkb_qu', displayName: '审核员', role: 'EXAM_OFFICE', roleName: '工考办', organisationId: 3, organisationName: '江都区工考办' }
const ACCOUNT = {
  id: 11, username: 'danwei', displayName: '陈红梅', role: 'UNIT_OPERATOR', roleName: '申报单位经办人', organisationId: 6,
  organisationName: '扬州市江都区水利工程管理处', status: 'LOCKED', statusName: '已锁定', lockedUntil: '2026-11-23T10:30:00Z', mustChangePassword: false,
}
const PAGE = { content: [ACCOUNT], page: 0, size: 20, totalElements: 1, totalPages: 1 }

async function mountPage(routes: Record<string, [number, unknown] | ((call: FakeCall) => [number, unknown])>) {
  fakeApi({ 'POST /auth/login': [200, { token: 't', expiresAt: '2026-11-23T18:00:00Z', user: OFFICE }] })
  forget()
  await signIn('gkb_qu', 'Gk@123456')
  const api = fakeApi(routes)
  const wrapper = mount(AccountsPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, calls: api.calls }
}

describe('account management page', () => {
  it('lists the accounts with their status and offers to unlock a locked one', async () => {
    const { wrapper } = await mountPage({ 'GET /admin/accounts': [200, PAGE] })
    expect(wrapper.text()).toContain('扬州市江都区水利工程管理处')
    expect(wrapper.text()).toContain('已锁定')
    expect(wrapper.find('[data-test="unlock-11"]').exists()).toBe(true)
  })

  it('checks username and password rules before creating an account', async () => {
    const { wrapper, calls } = await mountPage({ 'GET /admin/accounts': [200, PAGE] })
    await wrapper.get('[data-test="add-account"]').trigger('click')
    await flushPromises()
    const username = wrapper.findComponent({ name: 'ElDialog' }).find('[data-test="account-username"]')
    await username.setValue('1bad')
    await wrapper.findComponent({ name: 'ElDialog' }).find('[data-test="account-password"]').setValue('short1')
    await wrapper.findComponent({ name: 'ElDialog' }).find('[data-test="account-save"]').trigger('click')

    await expect.poll(() => document.body.textContent).toContain('用户名须为3至30位小写字母、数字或下划线，并以字母开头')
    await expect.poll(() => document.body.textContent).toContain('密码长度须为8至64位')
    await expect.poll(() => document.body.textContent).toContain('请输入姓名')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('offers exam offices no administrator role', () => {
    expect(assignableRoles('EXAM_OFFICE').map((r) => r.value)).not.toContain('ADMIN')
    expect(assignableRoles('ADMIN').map((r) => r.value)).toContain('ADMIN')
  })
})
