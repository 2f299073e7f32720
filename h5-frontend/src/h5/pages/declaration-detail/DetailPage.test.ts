import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { createMemoryHistory, createRouter } from 'vue-router'
import { fakeApi } from '@/test/fakeApi'
import type { Declaration } from '@/shared/api/types'
import DetailPage from './index.vue'

const declaration: Declaration = {
  id: 7,
  year: 2026,
  workerId: 12,
  workerName: '王建国',
  workerIdNumber: '3210**********1234',
  unitName: '扬州市江都区水利工程管理处',
  targetLevel: 'INTERMEDIATE',
  targetLevelName: '四级/中级工',
  workTypeCode: 'FW01',
  workTypeName: '行政事务',
  mode: 'NORMAL',
  modeName: '正常申报',
  status: 'RETURNED',
  statusName: '退回补充',
  currentStepName: null,
  submittedAt: '2026-09-01T02:00:00Z',
  steps: [
    { stepNo: 1, name: '主管部门审核', organisationName: '扬州市江都区水利局', status: 'DONE', statusName: '已审核', decision: 'APPROVE', decisionName: '通过', reason: null, reviewerName: '赵主管', decidedAt: '2026-09-02T03:00:00Z' },
    { stepNo: 2, name: '工考办审核', organisationName: '扬州市江都区工考办', status: 'DONE', statusName: '已审核', decision: 'RETURN', decisionName: '退回补充', reason: '请补充近三年年度考核表', reviewerName: '钱审核', decidedAt: '2026-09-03T03:00:00Z' },
  ],
}

const materials = {
  declarationId: 7,
  changeable: true,
  missing: ['身份证'],
  slots: [
    { code: 'ID_CARD', name: '身份证', kind: 'PHOTO', accepted: 'JPG、PNG 图片', extensions: ['jpg', 'jpeg', 'png'], required: true, hint: '正反面', materials: [] },
    {
      code: 'DIPLOMA', name: '毕业证', kind: 'PHOTO', accepted: 'JPG、PNG 图片', extensions: ['jpg', 'jpeg', 'png'], required: false, hint: null,
      materials: [{ id: 'm1', slotCode: 'DIPLOMA', name: '毕业证.pdf', mediaType: 'application/pdf', size: 2048, width: null, height: null, image: false, via: 'PC', uploadedAt: '2026-09-03T03:00:00Z' }],
    },
  ],
}

async function mountDetail(id: number) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/declarations/:id', component: DetailPage }] })
  router.push(`/declarations/${id}`)
  await router.isReady()
  const wrapper = mount(DetailPage, { global: { plugins: [Vant, router] } })
  await flushPromises()
  return wrapper
}

describe('H5 declaration detail', () => {
  it('shows each review step with its decision, reviewer and reason', async () => {
    const { calls } = fakeApi({ 'GET /declarations/7': [200, declaration], 'GET /declarations/7/materials': [200, materials] })

    const wrapper = await mountDetail(7)

    expect(calls.map((c) => c.url)).toEqual(['/declarations/7', '/declarations/7/materials'])
    expect(wrapper.get('[data-test="h5-detail-status"]').text()).toBe('退回补充')
    const steps = wrapper.findAll('[data-test="h5-step"]')
    expect(steps).toHaveLength(2)
    expect(steps[0].text()).toContain('主管部门审核 · 扬州市江都区水利局')
    expect(steps[0].text()).toContain('赵主管')
    expect(steps[1].text()).toContain('退回补充')
    expect(steps[1].text()).toContain('审核意见：请补充近三年年度考核表')
  })

  it('lists the material slots, what is missing, and lets a returned declaration take uploads', async () => {
    fakeApi({ 'GET /declarations/7': [200, declaration], 'GET /declarations/7/materials': [200, materials] })

    const wrapper = await mountDetail(7)

    expect(wrapper.get('[data-test="h5-materials"]').text()).toContain('尚缺必传材料：身份证')
    expect(wrapper.get('[data-test="h5-slot-ID_CARD"]').text()).toContain('必传')
    expect(wrapper.get('[data-test="h5-slot-DIPLOMA"]').text()).toContain('毕业证.pdf')
    expect(wrapper.get('[data-test="h5-slot-DIPLOMA"]').text()).toContain('2.0 KB')
    expect(wrapper.findAll('[data-test="h5-slot-ID_CARD"] input[type=file]')).toHaveLength(1)
    expect(wrapper.findAll('[data-test="h5-slot-DIPLOMA"] button').map((b) => b.text())).toContain('删除')
  })

  it('shows the 高级技师 section for a 高级技师 declaration, editable while the declaration is', async () => {
    const senior = { ...declaration, targetLevel: 'SENIOR_TECHNICIAN', targetLevelName: '一级/高级技师', editable: true }
    const conditions = [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({ number, name: `可选条件${number}`, claimed: false, proofFiles: 0 }))
    const { calls } = fakeApi({
      'GET /declarations/7': [200, senior],
      'GET /declarations/7/materials': [200, materials],
      'GET /declarations/7/senior-extras': [200, {
        declarationId: 7, editable: true, annualAssessment: null, annualAssessmentName: null, resume: null, rewardsPenalties: null,
        achievements: null, claimedConditions: [], conditions, thesisTitle: null, thesisFiles: [], missing: ['年度考核结果'], updatedAt: null,
      }],
    })

    const wrapper = await mountDetail(7)

    expect(calls.map((c) => c.url)).toContain('/declarations/7/senior-extras')
    expect(wrapper.get('[data-test="h5-senior-extras"]').text()).toContain('高级技师申报信息')
    expect(wrapper.find('[data-test="h5-senior-save"]').exists()).toBe(true)
  })

  it('shows the server message when the declaration is not in scope', async () => {
    fakeApi({ 'GET /declarations/8': [404, { code: 'DECLARATION_NOT_FOUND', message: '申报不存在', fieldErrors: [] }] })

    const wrapper = await mountDetail(8)

    expect(wrapper.text()).toContain('申报不存在')
    expect(wrapper.find('[data-test="h5-step"]').exists()).toBe(false)
  })
})
