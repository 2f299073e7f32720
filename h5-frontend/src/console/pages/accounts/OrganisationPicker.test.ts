import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import OrganisationPicker from './OrganisationPicker.vue'

const UNIT = { id: 6, name: '扬州市江都区水利工程管理处', kind: 'UNIT', kindName: '单位', regionCode: '321012', status: 'ACTIVE' }

describe('organisation picker of the account dialogs', () => {
  it('searches by name among the active organisations of the kind the role belongs to', async () => {
    const { calls } = fakeApi({ 'GET /admin/organisations': [200, [UNIT]] })
    const wrapper = mount(OrganisationPicker, {
      props: { modelValue: null, role: 'UNIT_OPERATOR' },
      global: { plugins: [ElementPlus] },
      attachTo: document.body,
    })
    await (wrapper.vm as unknown as { search: (name: string) => Promise<void> }).search('水利')
    await flushPromises()
    expect(calls).toHaveLength(1)
    expect(calls[0].params).toEqual({ name: '水利', kind: 'UNIT', status: 'ACTIVE' })

    await wrapper.setProps({ role: 'SUPERVISOR' })
    await (wrapper.vm as unknown as { search: (name: string) => Promise<void> }).search('')
    expect(calls[1].params).toEqual({ name: undefined, kind: 'DEPARTMENT', status: 'ACTIVE' })
    wrapper.unmount()
  })

  it('shows the name of the current organisation, not its id', async () => {
    fakeApi({})
    const wrapper = mount(OrganisationPicker, {
      props: { modelValue: 6, role: 'UNIT_OPERATOR', label: UNIT.name },
      global: { plugins: [ElementPlus] },
      attachTo: document.body,
    })
    await flushPromises()
    await expect.poll(() => wrapper.text()).toContain(UNIT.name)
    wrapper.unmount()
  })
})
