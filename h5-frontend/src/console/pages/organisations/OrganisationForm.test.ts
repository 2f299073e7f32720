import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import type { Organisation } from '@/shared/api/organisations'
import OrganisationForm from './OrganisationForm.vue'
import { validCreditCode } from './organisationRules'

const WATER: Organisation = {
  id: 4,
  name: '扬州市江都区水利局',
  kind: 'DEPARTMENT',
  kindName: '主管部门',
  creditCode: null,
  category: 'ADMINISTRATIVE',
  categoryName: '行政',
  jurisdictionLevel: 'DISTRICT',
  levelName: '县区级',
  regionCode: '321012',
  parentId: 3,
  parentName: '扬州市江都区工考办',
  supervisorId: null,
  supervisorName: null,
  status: 'ACTIVE',
  statusName: '正常',
}

async function mountForm() {
  const wrapper = mount(OrganisationForm, {
    props: { modelValue: true, organisation: null, options: [WATER] },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

const itemText = (wrapper: Awaited<ReturnType<typeof mountForm>>, label: string) =>
  wrapper.findAll('.el-form-item').find((i) => i.find('.el-form-item__label').text() === label)

describe('organisation form', () => {
  it('checks the GB 32100 check character', () => {
    expect(validCreditCode('12321012466893812H')).toBe(true)
    expect(validCreditCode(' 12321012466893812h ')).toBe(true)
    expect(validCreditCode('12321012466893812J')).toBe(false)
    expect(validCreditCode('1232101246689381I2')).toBe(false)
  })

  it('refuses a unit without name, with a wrong credit code, a bad region and no department', async () => {
    const { calls } = fakeApi({})
    const wrapper = await mountForm()
    await wrapper.get('[data-test="org-credit-code"]').setValue('12321012466893812J')
    await wrapper.get('[data-test="org-region"]').setValue('991012')
    await wrapper.get('[data-test="org-submit"]').trigger('click')

    await expect.poll(() => document.body.textContent).toContain('请输入机构名称')
    await expect.poll(() => document.body.textContent).toContain('统一社会信用代码应为18位，且校验位正确')
    await expect.poll(() => document.body.textContent).toContain('行政区划代码前两位不是有效的省级代码')
    await expect.poll(() => document.body.textContent).toContain('请选择主管部门')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    wrapper.unmount()
  })

  it('sends a valid unit and shows the server refusal under its field', async () => {
    const { calls } = fakeApi({
      'POST /admin/organisations': [
        422,
        {
          code: 'ORGANISATION_SUPERVISOR_REGION',
          message: '主管部门不管辖行政区划 321023',
          fieldErrors: [{ field: 'supervisorId', message: '主管部门不管辖行政区划 321023' }],
        },
      ],
    })
    const wrapper = await mountForm()
    const model = wrapper.findComponent({ name: 'ElForm' }).props('model') as Record<string, unknown>
    Object.assign(model, { name: '宝应县某事业单位', creditCode: '12321012466893812H', regionCode: '321023', supervisorId: 4 })
    await wrapper.get('[data-test="org-submit"]').trigger('click')

    await expect.poll(() => calls.filter((c) => c.method === 'POST').length).toBe(1)
    expect(calls[0].body).toMatchObject({ kind: 'UNIT', category: 'PUBLIC_INSTITUTION', jurisdictionLevel: 'DISTRICT', supervisorId: 4 })
    await expect.poll(() => itemText(wrapper, '主管部门')?.find('.el-form-item__error').exists()).toBe(true)
    expect(itemText(wrapper, '主管部门')!.get('.el-form-item__error').text()).toBe('主管部门不管辖行政区划 321023')
    expect(wrapper.emitted('saved')).toBeUndefined()
    wrapper.unmount()
  })

  it('does not ask an exam office for a credit code', async () => {
    fakeApi({})
    const wrapper = await mountForm()
    const model = wrapper.findComponent({ name: 'ElForm' }).props('model') as Record<string, unknown>
    Object.assign(model, { kind: 'EXAM_OFFICE', creditCode: '', category: undefined })
    await flushPromises()
    expect(wrapper.find('[data-test="org-credit-code"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
