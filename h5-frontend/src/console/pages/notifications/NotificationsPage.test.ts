import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { fakeApi } from '@/test/fakeApi'
import NotificationsPage from './index.vue'

const row = (id: number, status: string, statusName: string) => ({
  id,
  eventId: `e-${id}`,
  kind: 'REVIEW_DECIDED_SMS',
  channel: 'SMS',
  recipient: '139****0003',
  templateCode: 'GK_REVIEW_REJECTED',
  status,
  statusName,
  providerId: null,
  attempts: 4,
  lastError: 'SMS gateway answered 503',
  nextAttemptAt: null,
  createdAt: '2026-11-30T08:00:00Z',
  updatedAt: '2026-11-30T08:01:00Z',
})

describe('消息发送记录 page', () => {
  it('lists the ledger in Chinese and offers a replay only for rows that were not sent', async () => {
    const { calls } = fakeApi({
      'GET /admin/notifications': [200, { content: [row(7, 'FAILED', '发送失败'), row(8, 'SENT', '已发送')], page: 0, size: 20, totalElements: 2, totalPages: 1 }],
      'GET /admin/notifications/parked': [200, []],
      'POST /admin/notifications/7/replay': [200, { id: 7, requeued: true, message: '已重新排队发送' }],
    })
    const wrapper = mount(NotificationsPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()

    const names = wrapper.findAll('[data-test="notification-status-name"]').map((tag) => tag.text())
    expect(names).toEqual(['发送失败', '已发送'])
    const replays = wrapper.findAll('[data-test="notification-replay"]')
    expect(replays).toHaveLength(1)
    expect(replays[0].attributes('aria-label')).toBe('重新发送第 7 条消息')

    await replays[0].trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.url === '/admin/notifications/7/replay')).toBe(true)
    wrapper.unmount()
  })

  it('asks the server for one status when filtered', async () => {
    const { calls } = fakeApi({
      'GET /admin/notifications': [200, { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 }],
      'GET /admin/notifications/parked': [200, []],
    })
    const wrapper = mount(NotificationsPage, { global: { plugins: [ElementPlus] }, attachTo: document.body })
    await flushPromises()
    const select = wrapper.findComponent({ name: 'ElSelect' })
    select.vm.$emit('update:modelValue', 'UNKNOWN')
    select.vm.$emit('change', 'UNKNOWN')
    await flushPromises()
    const last = calls.filter((c) => c.url === '/admin/notifications').at(-1)
    expect(last?.params).toMatchObject({ status: 'UNKNOWN', page: 0 })
    expect(document.body.textContent).toContain('暂无消息发送记录')
    wrapper.unmount()
  })
})
