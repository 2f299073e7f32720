// The government-service login in the applicant's H5 app at 375 px, through the stand-in OIDC provider:
// 王建国 (real-name level 3) lands signed in and sees his declarations; 李秀英 (level 1) is refused
// with the explanation of how to raise the level.
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] node e2e/gov.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const { browser, page, pageErrors } = await openBrowser({ width: 375, height: 812 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)

async function providerSignIn(username) {
  // after the logout step the browser is already on the provider's login page
  const atProviderLogin = !page.url().includes('/h5/') && new URL(page.url()).pathname === '/login'
  if (!atProviderLogin) {
    await page.goto(`${BASE_URL}/h5/#/login`)
    await byTest('h5-gov-login').click()
  }
  await page.getByText('政务服务网 · 统一身份认证').waitFor()
  await byTest('gov-username').fill(username)
  await byTest('gov-password').fill('Gov@123456')
  await byTest('gov-login').click()
}

await runSteps('gov', page, browser, [
  [
    '登录页首先提供“使用政务服务网登录”',
    async () => {
      await page.goto(`${BASE_URL}/h5/#/login`)
      await byTest('h5-gov-login').waitFor()
      check((await byTest('h5-gov-login').innerText()).includes('使用政务服务网登录'), '缺少“使用政务服务网登录”按钮')
    },
  ],
  [
    '王建国（实名 L3）在政务服务网登录后回到个人申报，看到本人申报',
    async () => {
      await providerSignIn('wangjianguo')
      await page.waitForURL(/\/h5\/#\/declarations/)
      await byTest('h5-declaration').first().waitFor()
      check(!page.url().includes('token='), '令牌不应出现在地址栏')
      console.log(`     我的申报：${await byTest('h5-declaration').count()} 条`)
    },
  ],
  [
    '退出登录（同时结束政务服务网会话）',
    async () => {
      await byTest('tab-mine').click()
      await page.getByText('退出登录').click()
      await page.waitForURL((url) => !url.toString().includes('/h5/#/mine'))
      check(!(await page.evaluate(() => sessionStorage.getItem('gk.token'))), '网关会话未清除')
      // the provider's session has ended too: signing in again asks for the password at the provider
      await page.goto(`${BASE_URL}/h5/#/login`)
      await byTest('h5-gov-login').click()
      await byTest('gov-username').waitFor()
      check(page.url().endsWith('/login'), `应回到政务服务网登录页：${page.url()}`)
    },
  ],
  [
    '李秀英（实名 L1）被拒绝，并被告知如何提升实名等级',
    async () => {
      await providerSignIn('lixiuying')
      await page.locator('[data-test="gov-result"][data-reason="LEVEL"]').waitFor()
      const text = await byTest('gov-result-text').innerText()
      check(text.includes('L1') && text.includes('L3') && text.includes('实名认证'), `说明不完整：${text}`)
      check(pageErrors.length === 0, `页面错误：${pageErrors.join('; ')}`)
    },
  ],
])
await browser.close()
