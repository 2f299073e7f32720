// The signed-in user, kept in sessionStorage so a reload keeps the session and a closed tab ends it.
import { reactive, readonly } from 'vue'
import { changePassword as changePasswordCall, fetchMe, login, logout } from '../api/auth'
import { TOKEN_KEY } from '../api/request'
import type { LoginResult, Role, User } from '../api/types'

const USER_KEY = 'gk.user'

const state = reactive<{ token: string | null; user: User | null }>({
  token: sessionStorage.getItem(TOKEN_KEY),
  user: readStoredUser(),
})

function readStoredUser(): User | null {
  try {
    return JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null')
  } catch {
    return null
  }
}

function setUser(user: User | null) {
  state.user = user
  if (user) sessionStorage.setItem(USER_KEY, JSON.stringify(user))
  else sessionStorage.removeItem(USER_KEY)
}

export const session = readonly(state)

function keep(result: LoginResult): User {
  sessionStorage.setItem(TOKEN_KEY, result.token)
  state.token = result.token
  setUser(result.user)
  return result.user
}

export async function signIn(username: string, password: string): Promise<User> {
  return keep(await login(username, password))
}

/** Changes the password and keeps the new token the server answers (the old one has ended). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<User> {
  return keep(await changePasswordCall(currentPassword, newPassword))
}

/** Ends the session on the server (best effort) and forgets it here. */
export function signOut() {
  if (state.token) logout().catch(() => undefined)
  forget()
}

/** Forgets the session here only (the server already ended it, or never began it). */
export function forget() {
  sessionStorage.removeItem(TOKEN_KEY)
  state.token = null
  setUser(null)
}

/** True when a token exists; loads the user from /api/me if only the token survived. */
export async function ensureSignedIn(): Promise<boolean> {
  state.token = sessionStorage.getItem(TOKEN_KEY)
  if (!state.token) {
    setUser(null)
    return false
  }
  if (!state.user) {
    try {
      setUser(await fetchMe())
    } catch {
      signOut()
      return false
    }
  }
  return true
}

export function hasRole(...roles: Role[]): boolean {
  return !!state.user && roles.includes(state.user.role)
}
