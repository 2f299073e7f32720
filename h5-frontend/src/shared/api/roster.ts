import { http } from './request'
import type { NewWorker, Page, Worker } from './types'

export interface WorkerQuery {
  name?: string
  page?: number
  size?: number
}

export async function listWorkers(query: WorkerQuery): Promise<Page<Worker>> {
  return (await http.get<Page<Worker>>('/roster/workers', { params: query })).data
}

export async function getWorker(id: number): Promise<Worker> {
  return (await http.get<Worker>(`/roster/workers/${id}`)).data
}

export async function createWorker(body: NewWorker): Promise<Worker> {
  return (await http.post<Worker>('/roster/workers', body)).data
}
