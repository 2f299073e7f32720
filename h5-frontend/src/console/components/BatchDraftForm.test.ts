import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import BatchDraftForm from './BatchDraftForm.vue'
import { rosterImportApi as importBatchApi } from '@/shared/api/rosterImports'
import type { BatchRequestView } from '@/shared/api/batchRequests'

const draft: BatchRequestView = {
  id: 7,
  status: 'DRAFT',
  hasEvidence: false,
  evidence: null,
  contactName: null,
  contactPhone: null,
  steps: [],
}
const photographed: BatchRequestView = {
  ...draft,
  hasEvidence: true,
  evidence: { name: '签字盖章表.jpg', mediaType: 'image/jpeg', size: 2048, image: true, width: 1200, height: 900 },
}

describe('BatchDraftForm', () => {
  it('uploads the printout with its name and then shows its name and thumbnail', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:thumbnail', revokeObjectURL: () => {} }))
    const { calls } = fakeApi({
      'POST /roster/imports/7/evidence': [200, photographed],
      'GET /roster/imports/7/evidence/thumbnail': [200, new Blob(['jpeg'], { type: 'image/jpeg' })],
    })
    const wrapper = mount(BatchDraftForm, {
      props: { current: draft, api: importBatchApi, prefix: 'roster-import' },
      global: { plugins: [ElementPlus] },
    })
    expect(wrapper.get('[data-test="roster-import-evidence"]').text()).toBe('未上传')
    const input = wrapper.get('[data-test="roster-import-evidence-file"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['x'], '签字盖章表.jpg', { type: 'image/jpeg' })] })
    await wrapper.get('[data-test="roster-import-evidence-file"]').trigger('change')
    await flushPromises()
    const upload = calls.find((call) => call.url === '/roster/imports/7/evidence')
    expect(upload?.params).toEqual({ name: '签字盖章表.jpg' })
    const updated = wrapper.emitted('update:current')?.[0]?.[0] as BatchRequestView
    expect(updated.evidence?.name).toBe('签字盖章表.jpg')
    await wrapper.setProps({ current: updated })
    await expect.poll(() => wrapper.find('[data-test="roster-import-evidence-thumbnail"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="roster-import-evidence"]').text()).toContain('已上传：签字盖章表.jpg')
    expect(wrapper.get('[data-test="roster-import-evidence-thumbnail"]').attributes('alt')).toContain('签字盖章表.jpg')
    wrapper.unmount()
  })

  it('shows no thumbnail for a PDF and no form once submitted', async () => {
    const { calls } = fakeApi({})
    const pdf = { name: '审批表.pdf', mediaType: 'application/pdf', size: 100, image: false, width: null, height: null }
    const wrapper = mount(BatchDraftForm, {
      props: { current: { ...draft, status: 'SUBMITTED', hasEvidence: true, evidence: pdf }, api: importBatchApi, prefix: 'roster-import' },
      global: { plugins: [ElementPlus] },
    })
    await flushPromises()
    expect(wrapper.find('[data-test="roster-import-submit"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="roster-import-evidence"]').text()).toContain('审批表.pdf')
    expect(wrapper.find('[data-test="roster-import-evidence-thumbnail"]').exists()).toBe(false)
    expect(calls).toHaveLength(0)
    wrapper.unmount()
  })
})
