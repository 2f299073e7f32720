import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import WorkerForm from './WorkerForm.vue'

const LEVELS = [
  { code: 'NONE', name: '未定级' },
  { code: 'JUNIOR', name: '五级/初级工' },
]

async function mountForm() {
  const wrapper = mount(WorkerForm, {
    props: { modelValue: true },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('add-worker form', () => {
  it('refuses to submit with an empty 姓名 and says it is required', async () => {
    const { calls } = fakeApi({ 'GET /catalog/levels': [200, LEVELS] })
    const wrapper = await mountForm()

    await wrapper.get('[data-test="worker-idnumber"]').setValue('320102198001011234')
    await wrapper.get('[data-test="worker-submit"]').trigger('click')

    await expect.poll(() => document.body.textContent).toContain('请输入姓名')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('shows the server field errors under their fields', async () => {
    fakeApi({
      'GET /catalog/levels': [200, LEVELS],
      'POST /roster/workers': [
        400,
        {
          code: 'WORKER_ID_NUMBER_INVALID',
          message: '身份证号码校验位错误，请核对后重新输入',
          fieldErrors: [{ field: 'idNumber', message: '身份证号码校验位错误' }],
        },
      ],
      'GET /catalog/work-types': [200, [{ code: 'FW01', name: '行政事务', category: '服务类', initials: 'xzsw' }]],
    })
    const wrapper = await mountForm()
    const form = wrapper.findComponent({ name: 'ElForm' })
    // Fill the model directly: the date picker and remote select are driven by the e2e test.
    Object.assign((form.props('model') as Record<string, unknown>), {
      name: '张三',
      idNumber: '320102198001011235',
      phone: '13812345678',
      workStartDate: '2005-07-01',
      workTypeCode: 'FW01',
    })

    await wrapper.get('[data-test="worker-submit"]').trigger('click')

    const idItem = () => wrapper.findAll('.el-form-item').find((i) => i.text().includes('身份证号码'))!
    await expect.poll(() => idItem().find('.el-form-item__error').exists()).toBe(true)
    expect(idItem().get('.el-form-item__error').text()).toBe('身份证号码校验位错误')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
