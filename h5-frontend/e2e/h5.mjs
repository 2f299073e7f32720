// The applicant's H5 app at a phone-sized viewport: sign in as shenbao and see 我的申报.
// With EXPECT_DECLARATION (JSON: { id, targetLevelName, workTypeName, statusName, steps: [name] },
// as BrowserJourneyIT passes it) the page must list that real declaration and show its steps;
// without it (by hand) the empty state 暂无申报 is accepted too.
// Usage: BASE_URL=http://127.0.0.1:8080 [EXPECT_DECLARATION='{…}'] [SCREENSHOT_DIR=/tmp/shots] node e2e/h5.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const expected = process.env.EXPECT_DECLARATION ? JSON.parse(process.env.EXPECT_DECLARATION) : null
const { browser, page, pageErrors } = await openBrowser({ width: 375, height: 812 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()

await runSteps('h5', page, browser, [
  [
    '打开个人申报登录页',
    async () => {
      await page.goto(`${BASE_URL}/h5/#/login`)
      await page.getByText('工考网关 · 个人申报').waitFor()
      await page.getByText('使用政务服务网登录').waitFor()
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
        check(expected === null, '申报人已有申报，页面却显示“暂无申报”')
        check((await empty.innerText()).includes('暂无申报'), '空列表应显示“暂无申报”')
        console.log('     我的申报：暂无申报')
      } else {
        const status = (await cards.first().locator('[data-test="h5-status"]').innerText()).trim()
        check(status.length > 0, '申报卡片缺少状态标签')
        console.log(`     我的申报：${count} 条，最新一条状态 ${status}`)
      }
    },
  ],
  ...(expected
    ? [
        [
          `我的申报列出真实的申报：${expected.targetLevelName} · ${expected.workTypeName}`,
          async () => {
            const card = byTest('h5-declaration').filter({ hasText: expected.targetLevelName }).filter({ hasText: expected.workTypeName })
            await card.first().waitFor()
            const status = (await card.first().locator('[data-test="h5-status"]').innerText()).trim()
            check(status === expected.statusName, `申报状态应为“${expected.statusName}”，页面显示“${status}”`)
          },
        ],
        [
          '申报详情显示每个审核环节',
          async () => {
            const card = byTest('h5-declaration').filter({ hasText: expected.targetLevelName }).filter({ hasText: expected.workTypeName })
            await card.first().getByText(expected.targetLevelName).click()
            await page.waitForURL(`**/declarations/${expected.id}`)
            await byTest('h5-step').first().waitFor()
            const steps = await byTest('h5-step').allInnerTexts()
            check(steps.length === expected.steps.length, `应有 ${expected.steps.length} 个审核环节，页面显示 ${steps.length} 个`)
            expected.steps.forEach((name, i) => check(steps[i].includes(name), `第 ${i + 1} 个环节应为“${name}”，页面显示“${steps[i]}”`))
            console.log(`     申报详情：${steps.length} 个审核环节`)
          },
        ],
      ]
    : []),
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
