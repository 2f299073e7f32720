import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import FormPage from './index.vue'

const home = {
  name: '王建国',
  idNumberMasked: '3210**********0012',
  unit: null,
  helpContact: null,
  choice: { year: 2026, regionCode: '321000', regionName: '扬州市', targetLevel: 'INTERMEDIATE', targetLevelName: '四级/中级工' },
  declaration: null,
  draftId: null,
  nextStep: '请填写报名信息并保存，核对无误后提交',
}

async function mountForm() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/apply/form', component: FormPage }, { path: '/:p(.*)*', component: FormPage }] })
  router.push('/apply/form')
  await router.isReady()
  const wrapper = mount(FormPage, { global: { plugins: [Vant, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('H5 individual declaration form', () => {
  it('shows the identity read-only, the chosen level, and the server’s problems under their fields', async () => {
    const { calls } = fakeApi({
      'GET /applicant/home': [200, home],
      'GET /applicant/districts': [200, [{ code: '321012', name: '江都区' }]],
      'PUT /applicant/declaration': [400, {
        code: 'DECLARATION_INVALID', message: '请从左至右依次选择，直到选中本人所属单位',
        fieldErrors: [
          { field: 'unitId', message: '请从左至右依次选择，直到选中本人所属单位' },
          { field: 'reason', message: '破格晋升说明不能超过100个字' },
        ],
      }],
    })
    const wrapper = await mountForm()

    expect(wrapper.find('[data-test="form-name"]').text()).toContain('王建国')
    expect(wrapper.find('[data-test="form-id-number"]').text()).toContain('3210**********0012')
    expect(wrapper.find('[data-test="form-target-level"]').text()).toContain('四级/中级工')
    expect(wrapper.find('[data-test="form-district"]').text()).toContain('江都区')

    await wrapper.find('[data-test="form-exceptional"]').trigger('click')
    await wrapper.find('textarea').setValue('长'.repeat(101))
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const saved = calls.find((c) => c.method === 'PUT')!
    expect(saved.body).toMatchObject({ exceptional: true, reason: '长'.repeat(101), unitId: null })
    expect(Object.keys(saved.body as object)).not.toContain('workerId')
    expect(wrapper.text()).toContain('请从左至右依次选择，直到选中本人所属单位')
    expect(wrapper.text()).toContain('破格晋升说明不能超过100个字')
    // no submit before the form was saved once
    expect(wrapper.find('[data-test="form-submit"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
