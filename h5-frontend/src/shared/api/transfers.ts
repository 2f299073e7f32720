// 人员调动 (docs/api.md, "Transfers").
import { http } from './request'

const BASE = '/roster/transfers'

export interface TransferCandidate {
  name: string
  idNumberMasked: string
}

export interface Transfer {
  id: number
  workerName: string
  idNumberMasked: string
  fromUnitName: string
  toUnitName: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'RETURNED'
  statusName: string
  reason: string | null
  requestedAt: string
  decidedAt: string | null
}

export async function lookupPerson(idNumber: string): Promise<TransferCandidate> {
  return (await http.post<TransferCandidate>(`${BASE}/lookup`, { idNumber })).data
}

export async function requestTransfer(idNumber: string, reason: string): Promise<Transfer> {
  return (await http.post<Transfer>(BASE, { idNumber, reason })).data
}

export async function listTransfers(): Promise<Transfer[]> {
  return (await http.get<Transfer[]>(BASE)).data
}

export async function decideTransfer(id: number, decision: 'APPROVE' | 'REJECT' | 'RETURN', reason: string): Promise<Transfer> {
  return (await http.post<Transfer>(`${BASE}/${id}/decision`, { decision, reason })).data
}

/** The worker's transfers (人员调动记录 on the worker's page), newest first. */
export async function listWorkerTransfers(workerId: number): Promise<Transfer[]> {
  return (await http.get<Transfer[]>(BASE, { params: { workerId } })).data
}
