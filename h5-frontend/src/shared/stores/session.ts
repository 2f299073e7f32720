// The signed-in user, kept in sessionStorage so a reload keeps the session and a closed tab ends it.
import { reactive, readonly } from 'vue'
import {
  changePassword as changePasswordCall,
  exchangeGovTicket,
  fetchMe,
  login,
  logout,
  secondFactor,
  smsLogin,
} from '../api/auth'
import { TOKEN_KEY } from '../api/request'
import type { LoginResult, Role, SecondFactorStep, User } from '../api/types'

const USER_KEY = 'gk.user'
const PROVIDER_LOGOUT_KEY = 'gk.providerLogout'

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

/** Signs in with a password; a role with two factors gets the challenge step instead of a user. */
export async function signIn(username: string, password: string): Promise<User | SecondFactorStep> {
  const result = await login(username, password)
  if ('secondFactorRequired' in result) return result
  return keep(result)
}

export async function completeSecondFactor(challenge: string, code: string): Promise<User> {
  return keep(await secondFactor(challenge, code))
}

export async function signInBySms(phone: string, code: string): Promise<User> {
  return keep(await smsLogin(phone, code))
}

/** Completes the government-service login: the callback's ticket becomes the session. */
export async function signInWithTicket(ticket: string): Promise<User> {
  const result = await exchangeGovTicket(ticket)
  if (result.providerLogoutUrl) sessionStorage.setItem(PROVIDER_LOGOUT_KEY, result.providerLogoutUrl)
  return keep(result)
}

/** Where to send the browser after logout to end the provider's session too (null: none). */
export function providerLogoutUrl(): string | null {
  return sessionStorage.getItem(PROVIDER_LOGOUT_KEY)
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

/** Ends the session on the server and waits for the answer (before the browser leaves the app), then forgets it here. */
export async function signOutAndWait(): Promise<void> {
  if (state.token) await logout().catch(() => undefined)
  forget()
}

/** Forgets the session here only (the server already ended it, or never began it). */
export function forget() {
  sessionStorage.removeItem(TOKEN_KEY)
  sessionStorage.removeItem(PROVIDER_LOGOUT_KEY)
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
