import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import PhonePage from './index.vue'

async function mountPage(passwordRequired: boolean) {
  fakeApi({ 'GET /me/phone': [200, { phoneMasked: '138****8000', passwordRequired }] })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/phone', component: PhonePage }] })
  router.push('/phone')
  await router.isReady()
  const wrapper = mount(PhonePage, { global: { plugins: [Vant, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('H5 change-phone page', () => {
  it('shows the current phone masked, sends the code to the new phone and sets it without a password for applicants', async () => {
    const wrapper = await mountPage(false)
    expect(wrapper.get('[data-test="h5-phone-current"]').text()).toContain('138****8000')
    expect(wrapper.find('[data-test="h5-phone-password"]').exists()).toBe(false)
    const { calls } = fakeApi({
      'POST /me/phone/code': [200, { message: '验证码已发送至 139****9000，请查收', resendAfterSeconds: 60 }],
      'PUT /me/phone': [200, { phoneMasked: '139****9000', passwordRequired: false }],
    })

    await wrapper.get('[data-test="h5-phone-new"] input').setValue('13900139000')
    await wrapper.get('[data-test="h5-phone-send"]').trigger('click')
    await flushPromises()
    await expect.poll(() => wrapper.get('[data-test="h5-phone-send"]').text()).toContain('秒后重发')
    await wrapper.get('[data-test="h5-phone-code"] input').setValue('123456')
    await wrapper.get('form').trigger('submit')

    await expect.poll(() => wrapper.get('[data-test="h5-phone-current"]').text()).toContain('139****9000')
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /me/phone/code', 'PUT /me/phone'])
    expect(calls[0].body).toEqual({ phone: '13900139000' })
    expect(calls[1].body).toEqual({ phone: '13900139000', code: '123456' })
  })

  it('asks a console account for its password and refuses a malformed phone before asking for a code', async () => {
    const wrapper = await mountPage(true)
    expect(wrapper.find('[data-test="h5-phone-password"]').exists()).toBe(true)
    const { calls } = fakeApi({})

    await wrapper.get('[data-test="h5-phone-new"] input').setValue('1390013')
    await wrapper.get('[data-test="h5-phone-send"]').trigger('click')
    await flushPromises()

    expect(calls).toHaveLength(0)
  })
})
