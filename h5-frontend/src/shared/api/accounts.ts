import { http } from './request'
import type { Page, Role } from './types'

export type AccountStatus = 'ACTIVE' | 'LOCKED' | 'DISABLED'

export interface Account {
  id: number
  username: string
  displayName: string
  role: Role
  roleName: string
  organisationId: number | null
  organisationName: string | null
  status: AccountStatus
  statusName: string
  lockedUntil: string | null
  mustChangePassword: boolean
}

/** An account after a change; the temporary password is present only when the server generated one (shown once). */
export interface AccountChange {
  account: Account
  temporaryPassword: string | null
}

export interface AccountQuery {
  name?: string
  role?: Role | ''
  status?: AccountStatus | ''
  organisationId?: number | null
  page?: number
  size?: number
}

export interface NewAccount {
  username: string
  displayName: string
  role: Role | ''
  organisationId: number | null
  password: string
}

export async function listAccounts(query: AccountQuery): Promise<Page<Account>> {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== null && v !== undefined))
  return (await http.get<Page<Account>>('/admin/accounts', { params })).data
}

export async function createAccount(body: NewAccount): Promise<AccountChange> {
  return (await http.post<AccountChange>('/admin/accounts', { ...body, password: body.password || null })).data
}

export async function setAccountEnabled(id: number, enabled: boolean): Promise<Account> {
  return (await http.post<Account>(`/admin/accounts/${id}/${enabled ? 'enable' : 'disable'}`)).data
}

export async function unlockAccount(id: number): Promise<Account> {
  return (await http.post<Account>(`/admin/accounts/${id}/unlock`)).data
}

export async function resetPassword(id: number, password?: string): Promise<AccountChange> {
  return (await http.post<AccountChange>(`/admin/accounts/${id}/password-reset`, { password: password || null })).data
}

export async function assignRole(id: number, role: Role, organisationId: number | null): Promise<Account> {
  return (await http.put<Account>(`/admin/accounts/${id}/role`, { role, organisationId })).data
}
