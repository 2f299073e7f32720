// The one HTTP client of both apps: base /api, bearer token from the session,
// every failure turned into the API's error shape { code, message, fieldErrors }.
import axios, { AxiosError } from 'axios'
import type { ApiErrorBody, FieldError } from './types'

export const TOKEN_KEY = 'gk.token'

/** A failed call, carrying the server's stable code, Chinese message and field errors. */
export class ApiError extends Error implements ApiErrorBody {
  readonly code: string
  readonly fieldErrors: FieldError[]
  readonly status: number

  constructor(body: ApiErrorBody, status: number) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.fieldErrors = body.fieldErrors
    this.status = status
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: '登录已失效，请重新登录',
  403: '您无权执行此操作',
  404: '请求的数据不存在或不在您的管辖范围内',
  409: '数据冲突，请刷新后重试',
}

/** Maps any axios failure to an ApiError; bodies that are not the API's shape get a Chinese fallback. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const response = (error as AxiosError | undefined)?.response
  if (!response) {
    return new ApiError({ code: 'NETWORK_ERROR', message: '网络异常，请检查网络后重试', fieldErrors: [] }, 0)
  }
  const body = response.data as Partial<ApiErrorBody> | undefined
  const status = response.status
  const hasShape = body && typeof body === 'object' && typeof body.message === 'string'
  return new ApiError(
    {
      code: hasShape && body.code ? body.code : `HTTP_${status}`,
      message: hasShape ? body.message! : (FALLBACK_MESSAGES[status] ?? `服务暂不可用（${status}），请稍后重试`),
      fieldErrors: hasShape && Array.isArray(body.fieldErrors) ? body.fieldErrors : [],
    },
    status,
  )
}

let unauthorizedHandler: () => void = () => {
  window.location.hash = '#/login'
}

/** Each app says where to go when the token is missing or expired (both default to #/login). */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler
}

let passwordChangeHandler: () => void = () => {
  window.location.hash = '#/password'
}

/** Where to go when the server asks for the password to be changed first (both default to #/password). */
export function onPasswordChangeRequired(handler: () => void) {
  passwordChangeHandler = handler
}

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_BASE ?? '/api',
  timeout: 20000,
})

http.interceptors.request.use((config) => {
  const token = sessionStorage.getItem(TOKEN_KEY)
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

http.interceptors.response.use(undefined, (error: AxiosError) => {
  const apiError = toApiError(error)
  // A 401 from the login call itself means bad credentials, not an expired session.
  if (apiError.status === 401 && !error.config?.url?.endsWith('/auth/login')) {
    sessionStorage.removeItem(TOKEN_KEY)
    unauthorizedHandler()
  }
  if (apiError.status === 403 && apiError.code === 'PASSWORD_CHANGE_REQUIRED') passwordChangeHandler()
  return Promise.reject(apiError)
})

/** Field errors as { field: message } for binding next to form fields. */
export function fieldErrorMap(error: unknown): Record<string, string> {
  const map: Record<string, string> = {}
  if (error instanceof ApiError) {
    for (const fe of error.fieldErrors) map[fe.field] ??= fe.message
  }
  return map
}
