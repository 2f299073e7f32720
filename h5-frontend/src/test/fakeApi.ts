// Replaces the HTTP layer at its boundary (axios' adapter): tests answer requests, the real
// request module (interceptors, error mapping) still runs.
import { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { http } from '@/shared/api/request'

export interface FakeCall {
  method: string
  url: string
  params: unknown
  body: unknown
  headers: InternalAxiosRequestConfig['headers']
}

export type Reply = [status: number, body: unknown]
type Handler = (call: FakeCall) => Reply

/** Routes "METHOD /path" (path without /api) to a reply; unknown routes answer 404. */
export function fakeApi(routes: Record<string, Handler | Reply>) {
  const calls: FakeCall[] = []
  const adapter: AxiosAdapter = async (config) => {
    const call: FakeCall = {
      method: (config.method ?? 'get').toUpperCase(),
      url: config.url ?? '',
      params: config.params,
      body: typeof config.data === 'string' ? JSON.parse(config.data) : config.data,
      headers: config.headers,
    }
    calls.push(call)
    const route = routes[`${call.method} ${call.url}`]
    const [status, data] = !route ? [404, { code: 'NOT_FOUND', message: '未找到', fieldErrors: [] }] : typeof route === 'function' ? route(call) : route
    const response: AxiosResponse = { status, statusText: String(status), data, headers: {}, config }
    // like axios' own adapters: the request's validateStatus decides what is an error
    if (config.validateStatus ? !config.validateStatus(status) : status >= 400) {
      throw new AxiosError(`Request failed with status code ${status}`, AxiosError.ERR_BAD_RESPONSE, config, null, response)
    }
    return response
  }
  http.defaults.adapter = adapter
  return { calls }
}
