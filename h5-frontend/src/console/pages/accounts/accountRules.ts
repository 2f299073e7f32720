// Client-side checks of the account form; the server checks again (role fits the organisation, scope, uniqueness).
import type { FormRules } from 'element-plus'
import type { NewAccount } from '@/shared/api/accounts'
import type { Role } from '@/shared/api/types'
import { passwordProblem, usernameProblem } from '@/shared/rules/password'

type Callback = (error?: Error) => void
const check = (problem: () => string) => (_rule: unknown, _value: unknown, callback: Callback) => {
  const message = problem()
  callback(message ? new Error(message) : undefined)
}

/** Roles a manager may give: exam offices never make administrators. */
export function assignableRoles(actor: Role | undefined): { value: Role; label: string }[] {
  const roles: { value: Role; label: string }[] = [
    { value: 'UNIT_OPERATOR', label: '申报单位经办人（单位）' },
    { value: 'SUPERVISOR', label: '主管部门' },
    { value: 'EXAM_OFFICE', label: '工考办' },
  ]
  if (actor === 'ADMIN') roles.push({ value: 'ADMIN', label: '系统管理员' })
  return roles
}

export function accountRules(form: NewAccount): FormRules {
  return {
    username: [{ validator: check(() => usernameProblem(form.username)), trigger: 'blur' }],
    displayName: [
      { required: true, message: '请输入姓名', trigger: 'blur' },
      { max: 30, message: '姓名不超过30个字', trigger: 'blur' },
    ],
    role: [{ required: true, message: '请选择角色', trigger: 'change' }],
    organisationId: [
      {
        validator: check(() => (form.role !== 'ADMIN' && !form.organisationId ? '请填写所属单位' : '')),
        trigger: 'change',
      },
    ],
    password: [{ validator: check(() => (form.password ? passwordProblem(form.password, form.username) : '')), trigger: 'blur' }],
  }
}
