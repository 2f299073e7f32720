// The server's password rules (PasswordPolicy), checked in the forms before sending; the server checks again.

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 64

/** The first broken rule's message, or '' when the password is acceptable. */
export function passwordProblem(password: string, username?: string): string {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return `密码长度须为${PASSWORD_MIN}至${PASSWORD_MAX}位`
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含英文字母和数字'
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase()) return '密码不能与用户名相同'
  return ''
}

/** Usernames: 3–30 lower-case letters, digits or underscores, starting with a letter. */
export function usernameProblem(username: string): string {
  return /^[a-z][a-z0-9_]{2,29}$/.test(username) ? '' : '用户名须为3至30位小写字母、数字或下划线，并以字母开头'
}
