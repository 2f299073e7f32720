// Page logic of the roster list: statuses, the sort a table header asks for, filters as sent.
import type { WorkerFilters, WorkerSort } from '@/shared/api/roster'
import type { WorkerStatus } from '@/shared/api/types'

export const STATUSES: { value: WorkerStatus; label: string }[] = [
  { value: 'ACTIVE', label: '在岗' },
  { value: 'TRANSFERRED_OUT', label: '调出' },
  { value: 'RETIRED', label: '退休' },
  { value: 'LEFT', label: '离岗' },
]

const SORTS: Record<string, WorkerSort> = {
  name: 'NAME',
  unitName: 'UNIT',
  workTypeName: 'WORK_TYPE',
  levelYear: 'LEVEL_YEAR',
  workStartDate: 'WORK_START',
  statusName: 'STATUS',
}

/** The server's sort for a table column; no order (or an unknown column) means newest first. */
export function sortFor(prop: string, order: 'ascending' | 'descending' | null): Pick<WorkerFilters, 'sort' | 'descending'> {
  const sort = SORTS[prop]
  if (!order || !sort) return {}
  return { sort, descending: order === 'descending' }
}

/** The filters without empty values, so the query string only carries what the user typed. */
export function cleanFilters(filters: WorkerFilters): WorkerFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as WorkerFilters
}
