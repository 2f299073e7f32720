// 个人设置: one's own phone, proven by an SMS code sent to the new phone (console accounts also give their password).
import { http } from './request'

export interface OwnPhone {
  phoneMasked: string | null
  passwordRequired: boolean
}

export async function fetchOwnPhone(): Promise<OwnPhone> {
  return (await http.get<OwnPhone>('/me/phone')).data
}

/** Sends a code to the new phone (1 a minute, 10 an hour; 429 with the wait beyond that). */
export async function requestPhoneCode(phone: string): Promise<{ message: string; resendAfterSeconds: number }> {
  return (await http.post('/me/phone/code', { phone })).data
}

export async function changeOwnPhone(phone: string, code: string, password?: string): Promise<OwnPhone> {
  return (await http.put<OwnPhone>('/me/phone', { phone, code, password })).data
}
