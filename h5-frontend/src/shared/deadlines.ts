// Wording of plan times, shared by the console 工作台 and the H5 home.
import type { Deadline } from './api/plans'

/** 2026-08-31T23:59:59 → 2026年8月31日 23:59; a date alone → 2026年8月31日. */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso)
  if (!m) return iso
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
  return m[4] ? `${day} ${m[4]}:${m[5]}` : day
}

/** One line per window: what is open, until when, or when it starts. */
export function deadlineText(d: Deadline): string {
  const what = `${d.year}年度${d.levelGroupName}报名`
  if (d.state === 'OPEN') {
    const left = d.daysLeft === 0 ? '今天截止' : `还剩${d.daysLeft}天`
    return `${what}进行中，${formatWhen(d.closesAt)}截止（${left}）`
  }
  if (d.state === 'UPCOMING') return `${what}将于${formatWhen(d.opensAt)}开始，${formatWhen(d.closesAt)}截止`
  return `${what}已于${formatWhen(d.closesAt)}截止`
}

/** The dates that follow registration, as short phrases. */
export function followUps(d: Deadline): string[] {
  const items: string[] = []
  if (d.examOn) items.push(`选拔考试 ${formatWhen(d.examOn)}`)
  if (d.admitCardFrom) items.push(`准考证打印 ${formatWhen(d.admitCardFrom)}起`)
  if (d.resultsAt) items.push(`成绩公布 ${formatWhen(d.resultsAt)}`)
  if (d.inPostCutoff) items.push(`须在 ${formatWhen(d.inPostCutoff)} 仍在职在岗`)
  return items
}
