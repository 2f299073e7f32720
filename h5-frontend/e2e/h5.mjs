// The applicant's H5 app at a phone-sized viewport: sign in as shenbao and see 我的申报
// (a list of cards, or the empty state 暂无申报).
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] node e2e/h5.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const { browser, page, pageErrors } = await openBrowser({ width: 375, height: 812 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()

await runSteps('h5', page, browser, [
  [
    '打开个人申报登录页',
    async () => {
      await page.goto(`${BASE_URL}/h5/#/login`)
      await page.getByText('工考网关 · 个人申报').waitFor()
      await page.getByText('后续将接入省政务服务统一身份认证').waitFor()
    },
  ],
  [
    '申报人 shenbao 登录',
    async () => {
      await input('h5-username').fill('shenbao')
      await input('h5-password').fill('Gk@123456')
      await byTest('h5-login').click()
      await byTest('tab-declarations').waitFor()
    },
  ],
  [
    '我的申报：申报卡片或“暂无申报”',
    async () => {
      await byTest('tab-declarations').click()
      const cards = byTest('h5-declaration')
      const empty = byTest('h5-empty')
      await cards.first().or(empty).waitFor()
      const count = await cards.count()
      if (count === 0) {
        check((await empty.innerText()).includes('暂无申报'), '空列表应显示“暂无申报”')
        console.log('     我的申报：暂无申报')
      } else {
        const status = (await cards.first().locator('[data-test="h5-status"]').innerText()).trim()
        check(status.length > 0, '申报卡片缺少状态标签')
        console.log(`     我的申报：${count} 条，最新一条状态 ${status}`)
      }
    },
  ],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
