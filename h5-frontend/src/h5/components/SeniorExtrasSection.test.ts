import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import Vant from 'vant'
import { fakeApi } from '@/test/fakeApi'
import type { SeniorExtras } from '@/shared/api/seniorExtras'
import SeniorExtrasSection from './SeniorExtrasSection.vue'

const conditions = ['一', '二', '三', '四', '五', '六', '七', '八'].map((n, i) => ({
  number: i + 1, name: `可选条件${n}`, claimed: i === 1, proofFiles: i === 1 ? 1 : 0,
}))

const extras: SeniorExtras = {
  declarationId: 9,
  editable: true,
  annualAssessment: null,
  annualAssessmentName: null,
  resume: '2005年至今 公路管理站',
  rewardsPenalties: null,
  achievements: null,
  claimedConditions: [2],
  conditions,
  thesisTitle: '浅谈烹饪安全',
  thesisFiles: [{ fileName: '论文.doc', matchesTitle: false }],
  missing: ['年度考核结果', '奖惩情况（没有请填“无”）', '主要技术业务工作业绩'],
  updatedAt: null,
}

async function mountSection(editable: boolean) {
  const wrapper = mount(SeniorExtrasSection, { props: { declarationId: 9, editable }, global: { plugins: [Vant] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('SeniorExtrasSection', () => {
  it('loads the extras, names what is missing and flags a thesis file not named by its title', async () => {
    fakeApi({ 'GET /declarations/9/senior-extras': [200, extras] })

    const wrapper = await mountSection(true)

    expect(wrapper.get('[data-test="h5-senior-missing"]').text()).toContain('年度考核结果')
    expect((wrapper.get('[data-test="h5-senior-resume"] textarea').element as HTMLTextAreaElement).value).toBe('2005年至今 公路管理站')
    expect(wrapper.get('[data-test="h5-senior-thesis-file"]').text()).toContain('文件名与论文标题不一致')
    expect(wrapper.findAll('[data-test^="h5-senior-condition-"]')).toHaveLength(8)
    expect(wrapper.get('[data-test="h5-senior-condition-2"]').text()).toContain('已传证明 1 份')
    wrapper.unmount()
  })

  it('saves every field and shows the server field errors under their fields, keeping what was typed', async () => {
    const { calls } = fakeApi({
      'GET /declarations/9/senior-extras': [200, extras],
      'PUT /declarations/9/senior-extras': [400, {
        code: 'SENIOR_EXTRAS_INVALID', message: '奖惩情况不能超过1000个字',
        fieldErrors: [{ field: 'rewardsPenalties', message: '奖惩情况不能超过1000个字', code: 'TEXT_TOO_LONG' }],
      }],
    })
    const wrapper = await mountSection(true)

    await wrapper.get('[data-test="h5-senior-rewardsPenalties"] textarea').setValue('无')
    await wrapper.get('[data-test="h5-senior-assessment"] .van-radio').trigger('click')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.body).toMatchObject({ annualAssessment: 'EXCELLENT', rewardsPenalties: '无', claimedConditions: [2], thesisTitle: '浅谈烹饪安全' })
    expect(wrapper.get('[data-test="h5-senior-rewardsPenalties"]').text()).toContain('奖惩情况不能超过1000个字')
    expect((wrapper.get('[data-test="h5-senior-rewardsPenalties"] textarea').element as HTMLTextAreaElement).value).toBe('无')
    wrapper.unmount()
  })

  it('is read-only when the page says so or the server does', async () => {
    fakeApi({ 'GET /declarations/9/senior-extras': [200, { ...extras, annualAssessment: 'PASSED', annualAssessmentName: '合格' }] })

    const wrapper = await mountSection(false)

    expect(wrapper.find('[data-test="h5-senior-save"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="h5-senior-assessment"]').text()).toContain('合格')
    expect(wrapper.get('[data-test="h5-senior-resume"] textarea').attributes('readonly')).toBeDefined()
    wrapper.unmount()
  })
})
