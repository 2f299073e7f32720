import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import SlotSettingsPage from './index.vue'

describe('材料栏目设置 page', () => {
  it('shows each slot with its kind, level group and mode chosen and saves them as chosen (全部 as null)', async () => {
    const slots = [
      { code: 'ID_CARD', name: '身份证', kind: 'PHOTO', required: true, hint: null, levelGroup: null, mode: null, sortOrder: 10 },
      { code: 'THESIS', name: '论文', kind: 'DOCUMENT', required: true, hint: null, levelGroup: 'SENIOR_TECHNICIAN', mode: 'RECHECK', sortOrder: 20 },
    ]
    const plan = { planId: 3, year: 2026, regionCode: '320000', planName: '2026年计划', customised: false, slots }
    const { calls } = fakeApi({
      'GET /material-slots/plans': [200, [{ id: 3, year: 2026, regionCode: '320000', name: '2026年计划' }]],
      'GET /material-slots/plans/3': [200, plan],
      'PUT /material-slots/plans/3': [200, { ...plan, customised: true }],
    })
    const wrapper = mount(SlotSettingsPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()

    const shown = (label: string) =>
      wrapper.findAll(`[aria-label="${label}"]`).map((select) => select.element.closest('.el-select')?.textContent?.trim())
    await expect.poll(() => shown('材料类型')).toEqual(['照片（JPG/PNG）', '文档（DOC/DOCX）'])
    expect(shown('适用等级')[1]).toBe('高级技师')
    expect(shown('适用申报方式')[1]).toBe('复核申报')

    await wrapper.get('[data-test="slots-save"]').trigger('click')
    await flushPromises()
    const saved = calls.find((call) => call.method === 'PUT')
    expect(saved?.url).toBe('/material-slots/plans/3')
    expect(JSON.stringify(saved?.body)).toContain('"levelGroup":"SENIOR_TECHNICIAN","mode":"RECHECK"')
    expect(JSON.stringify(saved?.body)).toContain('"levelGroup":null,"mode":null')
  })
})
