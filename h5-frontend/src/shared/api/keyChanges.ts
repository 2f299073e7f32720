// 关键信息修改 (docs/api.md, "Key-info changes"): the upload's body is the edited .xlsx itself.
import { batchRequestApi, type UnitBatchRequest } from './batchRequests'
import { http } from './request'
import type { RowFault } from './rosterImports'

const BASE = '/roster/key-changes'

export interface FieldChange {
  field: 'NAME' | 'ID_NUMBER' | 'WORK_TYPE' | 'LEVEL' | 'LEVEL_YEAR'
  label: string
  oldValue: string | null
  newValue: string | null
  changed: boolean
}

export interface KeyChangeRow {
  rowNumber: number
  workerId: number | null
  accepted: boolean
  fields: FieldChange[]
  faults: RowFault[]
}

export interface KeyChange extends UnitBatchRequest {
  rows: KeyChangeRow[]
}

export async function downloadKeyChangeSheet(workerIds: number[]): Promise<Blob> {
  return (await http.post<Blob>(`${BASE}/sheet`, { workerIds }, { responseType: 'blob' })).data
}

/** 关键信息修改's calls; its mode defaults to 只提交可修改的行. */
export const keyChangeApi = batchRequestApi<KeyChange>(BASE, 300000)
