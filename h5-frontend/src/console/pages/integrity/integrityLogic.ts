// 诚信记录: what the form shows before the server decides.

/** Years a fraud finding bars the person (seed 003: 3年内不得重新申报). */
export const BAN_YEARS = 3

/**
 * The first day a person may declare again after a finding on `recordedOn` (yyyy-mm-dd): the anniversary
 * three years on, 29 February falling back to the 28th as on the server. Empty for an empty or malformed date.
 */
export function barEnd(recordedOn: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(recordedOn ?? '')
  if (!m) return ''
  const year = Number(m[1]) + BAN_YEARS
  const month = Number(m[2])
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(Number(m[3]), lastDay)
  return `${year}-${m[2]}-${String(day).padStart(2, '0')}`
}

/** The line under the date field: until when the person is barred. */
export function barEndHint(recordedOn: string): string {
  const end = barEnd(recordedOn)
  return end ? `${BAN_YEARS}年内不得申报，${end}起可再申报` : ''
}
