import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import ImportDialog from './ImportDialog.vue'

async function chooseAndImport() {
  const wrapper = mount(ImportDialog, { props: { modelValue: true }, global: { plugins: [ElementPlus] }, attachTo: document.body })
  await flushPromises()
  const input = wrapper.get('[data-test="import-file"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [new File(['x'], '组织机构.xlsx')] })
  await wrapper.get('[data-test="import-file"]').trigger('change')
  await wrapper.get('[data-test="import-submit"]').trigger('click')
  await flushPromises()
  return wrapper
}

describe('organisation import dialog', () => {
  it('lists every faulty row of a refused file', async () => {
    fakeApi({
      'POST /admin/organisations/import': [
        422,
        {
          code: 'IMPORT_ROWS_INVALID',
          message: '导入文件中有 2 行数据有误，未导入任何数据；请按提示修改后重新导入',
          fieldErrors: [],
          faults: [
            { row: 3, column: '类型', code: 'IMPORT_VALUE_UNKNOWN', message: '类型应为 工考办、主管部门 或 单位（当前为“学校”）' },
            { row: 5, column: '主管部门', code: 'IMPORT_REFERENCE_NOT_FOUND', message: '主管部门“某局”不存在' },
          ],
        },
      ],
    })
    const wrapper = await chooseAndImport()
    await expect.poll(() => wrapper.find('[data-test="import-faults"]').exists()).toBe(true)
    const text = wrapper.get('[data-test="import-faults"]').text()
    expect(text).toContain('类型应为 工考办、主管部门 或 单位（当前为“学校”）')
    expect(text).toContain('IMPORT_REFERENCE_NOT_FOUND')
    expect(wrapper.get('[data-test="import-failure"]').text()).toContain('未导入任何数据')
    expect(wrapper.emitted('imported')).toBeUndefined()
    wrapper.unmount()
  })

  it('reports how many organisations a good file created', async () => {
    fakeApi({ 'POST /admin/organisations/import': [200, { created: 3, organisations: [] }] })
    const wrapper = await chooseAndImport()
    await expect.poll(() => wrapper.find('[data-test="import-success"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="import-success"]').text()).toContain('共新增 3 个机构')
    expect(wrapper.emitted('imported')).toHaveLength(1)
    wrapper.unmount()
  })
})
