// End-to-end account management through the console against a running gateway:
// the administrator creates a unit operator (temporary password shown once) → the new holder
// signs in, is led to 修改密码, sets a password → and then works in the console.
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] node e2e/accounts.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const ADMIN_PASSWORD = 'Gk@123456'
const username = `e2e_${Date.now().toString(36).slice(-5)}`
const newPassword = 'Shuili2026ok'
let temporaryPassword = ''

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()

async function signIn(name, password) {
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(name)
  await input('login-password').fill(password)
  await byTest('login-submit').click()
}

/** The organisation (id and name) of an existing account, read through the API with the page's own token. */
async function organisationOf(accountName) {
  return page.evaluate(async (name) => {
    const response = await fetch(`/api/admin/accounts?name=${name}`, {
      headers: { Authorization: `Bearer ${sessionStorage.getItem('gk.token')}` },
    })
    const account = (await response.json()).content.find((a) => a.username === name)
    return { id: account.organisationId, name: account.organisationName }
  }, accountName)
}

await runSteps('accounts', page, browser, [
  ['admin 登录并打开账号管理', async () => {
    await signIn('admin', ADMIN_PASSWORD)
    await byTest('current-user').waitFor()
    await byTest('menu-accounts').click()
    await page.locator('tr.account-row', { hasText: 'danwei' }).first().waitFor()
  }],
  ['新建申报单位经办人账号（不填密码）', async () => {
    const organisation = await organisationOf('danwei')
    await byTest('add-account').click()
    await input('account-username').fill(username)
    await input('account-display-name').fill('端到端经办人')
    await byTest('account-role').click()
    await page.locator('.gk-account-role .el-select-dropdown__item', { hasText: '申报单位经办人' }).first().click()
    // the organisation is picked by name (a part of it), not typed as an id
    await byTest('account-organisation').click()
    await input('account-organisation').fill(organisation.name.slice(-6))
    await page.locator('.gk-organisation-picker .el-select-dropdown__item', { hasText: organisation.name }).first().click()
    await byTest('account-save').click()
    const box = page.locator('.el-message-box', { hasText: '临时密码' })
    await box.waitFor()
    const text = await box.innerText()
    temporaryPassword = /临时密码：(\S+?)（/.exec(text)?.[1] ?? ''
    check(/^[A-Za-z0-9]{12}$/.test(temporaryPassword), `临时密码未显示：${text}`)
    await box.locator('button', { hasText: '已记下' }).click()
    const row = page.locator('tr.account-row', { hasText: username })
    await row.waitFor()
    check((await row.innerText()).includes(organisation.name), `新账号应属于 ${organisation.name}`)
  }],
  ['admin 退出', async () => {
    await byTest('logout').click()
    await input('login-username').waitFor()
  }],
  ['新账号用临时密码登录，被引导到修改密码', async () => {
    await signIn(username, temporaryPassword)
    await byTest('password-forced').waitFor()
  }],
  ['设置新密码后进入名册', async () => {
    await input('password-current').fill(temporaryPassword)
    await input('password-new').fill(newPassword)
    await input('password-confirm').fill(newPassword)
    await byTest('password-submit').click()
    await byTest('menu-roster').waitFor()
    await page.waitForURL(/#\/roster/)
  }],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ username })}`)
