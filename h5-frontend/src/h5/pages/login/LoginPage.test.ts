import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import LoginPage from './index.vue'

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginPage },
      { path: '/home', component: { template: '<div data-test="home" />' } },
    ],
  })
  router.push('/login?mode=sms')
  await router.isReady()
  const wrapper = mount(LoginPage, { global: { plugins: [Vant, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('H5 login page, SMS code tab', () => {
  it('asks for the phone before sending a code, then sends it to that phone and counts down to a resend', async () => {
    const wrapper = await mountPage()
    const { calls } = fakeApi({ 'POST /auth/sms-code': [200, { message: '验证码已发送至 138****8000，请查收', resendAfterSeconds: 60 }] })

    await wrapper.get('[data-test="h5-sms-send"]').trigger('click')
    await flushPromises()
    expect(calls).toHaveLength(0)

    await wrapper.get('[data-test="h5-sms-phone"] input').setValue('13800138000')
    await wrapper.get('[data-test="h5-sms-send"]').trigger('click')
    await flushPromises()
    await expect.poll(() => wrapper.get('[data-test="h5-sms-send"]').text()).toContain('秒后重发')
    expect(wrapper.get('[data-test="h5-sms-send"]').attributes('disabled')).toBeDefined()
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /auth/sms-code'])
    expect(calls[0].body).toEqual({ purpose: 'SIGN_IN', phone: '13800138000' })
  })

  it('keeps the send button usable when the server refuses to send', async () => {
    const wrapper = await mountPage()
    fakeApi({ 'POST /auth/sms-code': [429, { code: 'SMS_CODE_TOO_SOON', message: '请稍后再获取验证码', fieldErrors: [] }] })

    await wrapper.get('[data-test="h5-sms-phone"] input').setValue('13800138000')
    await wrapper.get('[data-test="h5-sms-send"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="h5-sms-send"]').text()).toBe('获取验证码')
    expect(wrapper.get('[data-test="h5-sms-send"]').attributes('disabled')).toBeUndefined()
  })
})
