import { http } from './request'
import type { GovLoginResult, LoginResult, SecondFactorStep, User } from './types'

/** A token, or (roles with two factors) the challenge to answer with the SMS code sent to the account's phone. */
export async function login(username: string, password: string): Promise<LoginResult | SecondFactorStep> {
  return (await http.post<LoginResult | SecondFactorStep>('/auth/login', { username, password })).data
}

export async function secondFactor(challenge: string, code: string): Promise<LoginResult> {
  return (await http.post<LoginResult>('/auth/second-factor', { challenge, code })).data
}

/** Asks for an SMS code; answered alike whether the phone is known or not (429 when asked too often). */
export async function requestSmsCode(phone: string): Promise<{ message: string; resendAfterSeconds: number }> {
  return (await http.post('/auth/sms-code', { purpose: 'SIGN_IN', phone })).data
}

export async function smsLogin(phone: string, code: string): Promise<LoginResult> {
  return (await http.post<LoginResult>('/auth/sms-login', { phone, code })).data
}

/** Exchanges the one-time ticket of the government-service login callback for the token. */
export async function exchangeGovTicket(ticket: string): Promise<GovLoginResult> {
  return (await http.post<GovLoginResult>('/auth/gov/ticket', { ticket })).data
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
