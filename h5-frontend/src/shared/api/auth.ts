import { http } from './request'
import type { LoginResult, User } from './types'

export async function login(username: string, password: string): Promise<LoginResult> {
  return (await http.post<LoginResult>('/auth/login', { username, password })).data
}

export async function fetchMe(): Promise<User> {
  return (await http.get<User>('/me')).data
}

/** Ends the session on the server; its token stops working at once. */
export async function logout(): Promise<void> {
  await http.post('/auth/logout')
}

/** Changes the signed-in account's password; every earlier token ends and a new one is returned. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<LoginResult> {
  return (await http.post<LoginResult>('/auth/password', { currentPassword, newPassword })).data
}
