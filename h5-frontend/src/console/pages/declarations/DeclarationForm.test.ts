import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi, type Reply } from '@/test/fakeApi'
import DeclarationForm from './DeclarationForm.vue'

const WORKER = { id: 12, name: '王建国', idNumber: '3210**********1234' }
const REJECTION = '不符合申报条件：1. 取得五级/初级工后从事本工种工作未满 3 年；2. 近三年年度考核不合格'

async function submitFilledForm(reply: Reply) {
  const api = fakeApi({
    'GET /catalog/levels': [200, [{ code: 'NONE', name: '未定级' }, { code: 'INTERMEDIATE', name: '四级/中级工' }]],
    'GET /plans/current': [200, { year: 2026, name: '2026年度江苏省机关事业单位工勤技能岗位技术等级考评', regionCode: '320000', windows: [] }],
    'GET /roster/workers/12': [200, WORKER],
    'POST /declarations': reply,
  })
  const wrapper = mount(DeclarationForm, {
    props: { modelValue: true, workerId: 12 },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  // The selects are driven by the e2e test; here the model is filled directly.
  Object.assign(wrapper.findComponent({ name: 'ElForm' }).props('model') as object, {
    targetLevel: 'INTERMEDIATE',
    workTypeCode: 'FW01',
    contactName: '李四',
    contactPhone: '13900001111',
    commitmentAccepted: true,
  })
  await wrapper.get('[data-test="declaration-submit"]').trigger('click')
  await flushPromises()
  return { wrapper, api }
}

describe('new declaration form', () => {
  it('shows every failed eligibility rule in the form when the server refuses', async () => {
    const { wrapper, api } = await submitFilledForm([
      422,
      { code: 'ELIGIBILITY_REJECTED', message: REJECTION, fieldErrors: [{ field: 'rule:yearsInLevel', message: '未满 3 年' }] },
    ])

    await expect.poll(() => wrapper.find('[data-test="eligibility-alert"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="eligibility-alert"]').text()).toContain(REJECTION)
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      workerId: 12,
      targetLevel: 'INTERMEDIATE',
      workTypeCode: 'FW01',
      mode: 'NORMAL',
      contactName: '李四',
      contactPhone: '13900001111',
      commitmentAccepted: true,
    })
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('reports success and closes when the declaration is accepted', async () => {
    const { wrapper } = await submitFilledForm([201, { id: 99 }])

    await expect.poll(() => wrapper.emitted('saved')).toHaveLength(1)
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
    expect(document.body.textContent).toContain('申报已提交')
    expect(wrapper.find('[data-test="eligibility-alert"]').exists()).toBe(false)
  })
})
