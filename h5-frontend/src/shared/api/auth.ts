import { http } from './request'
import type { LoginResult, User } from './types'

export async function login(username: string, password: string): Promise<LoginResult> {
  return (await http.post<LoginResult>('/auth/login', { username, password })).data
}

export async function fetchMe(): Promise<User> {
  return (await http.get<User>('/me')).data
}
