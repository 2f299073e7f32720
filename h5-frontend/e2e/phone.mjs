// 个人设置 → 更换手机号 in the browser against a running gateway and its SMS stand-in: the code is sent
// to the new phone (read from the stand-in's inbox), entered, and the page shows the new phone masked.
// WHO=applicant: the H5 app at 375 px (我的 → 更换手机号, no password);
// WHO=console: the console (header 个人设置, with the current password).
// Usage: BASE_URL=… SMS_URL=http://127.0.0.1:18090 WHO=applicant|console USERNAME=… PASSWORD=… NEW_PHONE=… node e2e/phone.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const { WHO, USERNAME, PASSWORD, NEW_PHONE } = process.env
const SMS_URL = (process.env.SMS_URL ?? 'http://127.0.0.1:18090').replace(/\/$/, '')
const applicant = WHO === 'applicant'
const masked = `${NEW_PHONE.slice(0, 3)}****${NEW_PHONE.slice(7)}`

const { browser, page, pageErrors } = await openBrowser(applicant ? { width: 375, height: 812 } : { width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()

/** The code of the newest verification SMS the stand-in received for the new phone. */
async function codeSent() {
  for (let i = 0; i < 60; i++) {
    const messages = await (await fetch(`${SMS_URL}/sms/v1/messages`)).json()
    const mine = messages.filter((m) => m.phoneNumber === NEW_PHONE && m.templateCode === 'GK_VERIFICATION_CODE')
    if (mine.length) return mine[mine.length - 1].templateParam.code
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`没有收到发往 ${masked} 的验证码短信`)
}

const steps = applicant
  ? [
      ['申报人以账号密码登录 H5', async () => {
        await page.goto(`${BASE_URL}/h5/#/login`)
        await input('h5-username').fill(USERNAME)
        await input('h5-password').fill(PASSWORD)
        await byTest('h5-login').click()
        await byTest('tab-mine').click()
      }],
      ['我的 → 更换手机号：验证码发到新手机号', async () => {
        await byTest('h5-change-phone').click()
        await byTest('h5-phone-current').waitFor()
        check((await byTest('h5-phone-password').count()) === 0, '申报人不应被要求输入密码')
        await input('h5-phone-new').fill(NEW_PHONE)
        await byTest('h5-phone-send').click()
        await page.getByText('秒后重发').waitFor()
        await input('h5-phone-code').fill(await codeSent())
        await byTest('h5-phone-submit').click()
        await page.locator('[data-test="h5-phone-current"]', { hasText: masked }).waitFor()
        check(!(await page.content()).includes(NEW_PHONE), '页面不应显示完整手机号')
      }],
    ]
  : [
      ['管理端账号登录', async () => {
        await page.goto(`${BASE_URL}/console/#/login`)
        await input('login-username').fill(USERNAME)
        await input('login-password').fill(PASSWORD)
        await byTest('login-submit').click()
        await byTest('current-user').waitFor()
      }],
      ['个人设置：验证码发到新手机号，并输入当前密码', async () => {
        await byTest('personal-settings').click()
        await byTest('settings-phone').waitFor()
        await input('settings-new-phone').fill(NEW_PHONE)
        await byTest('settings-send-code').click()
        await page.getByText('秒后可重新获取').waitFor()
        await input('settings-code').fill(await codeSent())
        await input('settings-password').fill(PASSWORD)
        await byTest('settings-submit').click()
        await page.locator('[data-test="settings-phone"]', { hasText: masked }).waitFor()
        check(!(await page.content()).includes(NEW_PHONE), '页面不应显示完整手机号')
      }],
    ]
steps.push(['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)])

await runSteps(`phone-${WHO}`, page, browser, steps)
await browser.close()
