import { ElMessage } from 'element-plus'
import { ApiError } from '@/shared/api/request'

/** Shows a failed call's server message; a 401 is left to the sign-in redirect (it shows its own notice). */
export function showError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) return
  ElMessage.error((error as Error).message)
}
