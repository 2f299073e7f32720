import { http } from './request'
import type { Page } from './types'

export type NotificationStatus = 'PENDING' | 'SENT' | 'UNKNOWN' | 'FAILED' | 'REFUSED'

/** One row of the notification ledger; the recipient is masked by the server. */
export interface NotificationRow {
  id: number
  eventId: string
  kind: string
  channel: string
  recipient: string
  templateCode: string
  status: NotificationStatus
  statusName: string
  providerId: string | null
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
  createdAt: string
  updatedAt: string
}

export interface ParkedMessage {
  eventId: string
  eventType: string
  notificationId: number
  status: string
  failure: string
  parkedAt: string
}

export const STATUS_OPTIONS: { value: NotificationStatus; label: string }[] = [
  { value: 'PENDING', label: '待发送' },
  { value: 'SENT', label: '已发送' },
  { value: 'UNKNOWN', label: '结果未知' },
  { value: 'FAILED', label: '发送失败' },
  { value: 'REFUSED', label: '被拒绝' },
]

/** Statuses an administrator may replay; a SENT row is never sent again. */
export const REPLAYABLE: NotificationStatus[] = ['FAILED', 'REFUSED', 'UNKNOWN']

export async function listNotifications(status: NotificationStatus | '', page: number, size: number): Promise<Page<NotificationRow>> {
  const params = { page, size, ...(status ? { status } : {}) }
  return (await http.get<Page<NotificationRow>>('/admin/notifications', { params })).data
}

export async function replayNotification(id: number): Promise<{ id: number; requeued: boolean; message: string }> {
  return (await http.post(`/admin/notifications/${id}/replay`)).data
}

export async function listParked(): Promise<ParkedMessage[]> {
  return (await http.get<ParkedMessage[]>('/admin/notifications/parked')).data
}

export async function replayParked(): Promise<{ replayed: number }> {
  return (await http.post('/admin/notifications/parked/replay')).data
}
