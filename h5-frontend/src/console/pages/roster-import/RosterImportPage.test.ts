import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import RosterImportPage from './index.vue'

const draft = {
  id: 7,
  unitId: 1,
  unitName: '扬州市江都区水利工程管理处',
  status: 'DRAFT',
  statusName: '待提交',
  onlyValidRows: false,
  modeName: '全部正确才导入（有错误行时不导入任何人员）',
  acceptedCount: 1,
  rejectedCount: 1,
  rowsToJoin: 0,
  outcome: 'ROWS_INVALID',
  hasEvidence: false,
  evidenceType: null,
  evidence: null,
  contactName: null,
  contactPhone: null,
  createdAt: '2026-06-15T02:00:00Z',
  submittedAt: null,
  decidedAt: null,
  steps: [],
  acceptedRows: [],
  rejectedRows: [
    {
      rowNumber: 3, name: '王小明', idNumberMasked: '3210**********0011', sex: null, phoneMasked: null, workTypeCode: null,
      level: null, levelYear: null, workStart: null,
      faults: [{ column: '身份证号', code: 'ID_SCIENTIFIC_NOTATION', message: '身份证号被保存为数字而不是文本，请将该列设置为文本格式后重新录入' }],
    },
  ],
}

describe('导入新增人员 page', () => {
  it('shows the rejected rows with their reasons and says which mode is in effect', async () => {
    fakeApi({ 'GET /roster/imports': [200, []], 'POST /roster/imports': [200, draft] })
    const wrapper = mount(RosterImportPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()
    const input = wrapper.get('[data-test="roster-import-file"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['x'], '人员.xlsx')] })
    await wrapper.get('[data-test="roster-import-file"]').trigger('change')
    await flushPromises()
    await expect.poll(() => wrapper.find('[data-test="roster-import-summary"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="roster-import-mode"]').text()).toContain('全部正确才导入')
    expect(wrapper.get('[data-test="import-rejected"]').text()).toContain('请将该列设置为文本格式后重新录入')
    expect(wrapper.text()).toContain('本次不会导入任何人员')
    wrapper.unmount()
  })

  it('shows a refused file\'s reason', async () => {
    fakeApi({
      'GET /roster/imports': [200, []],
      'POST /roster/imports': [400, { code: 'FILE_TYPE_UNSUPPORTED', message: '只能上传 Excel 工作簿（.xlsx）；请另存为 Excel 工作簿 (.xlsx)后再上传', fieldErrors: [] }],
    })
    const wrapper = mount(RosterImportPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()
    const input = wrapper.get('[data-test="roster-import-file"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['x'], '人员.xls')] })
    await wrapper.get('[data-test="roster-import-file"]').trigger('change')
    await flushPromises()
    await expect.poll(() => wrapper.find('[data-test="roster-import-refusal"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="roster-import-refusal"]').text()).toContain('请另存为 Excel 工作簿 (.xlsx)')
    wrapper.unmount()
  })
})
