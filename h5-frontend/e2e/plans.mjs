// End-to-end plan journey through the console against a running gateway:
// the city exam office gkb_shi → 考评计划管理 → 新建计划 (defaults of the notice, next year) → one closing time
// changed → 保存 → the plan is listed → 工作台 shows next year's windows as 即将开始 with their closing times;
// then a plan with its window ending before it starts is refused with the Chinese reason in the dialog;
// the applicant shenbao sees this year's open window on the H5 home at 375 px.
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] [PLAN_YEAR=2027] node e2e/plans.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const PASSWORD = 'Gk@123456'
const YEAR = process.env.PLAN_YEAR ?? '2027'
const NAME = `${YEAR}年度扬州市工勤技能岗位技术等级考评`

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()

await runSteps('plans', page, browser, [
  [
    '市工考办 gkb_shi 登录，打开考评计划管理',
    async () => {
      await page.goto(`${BASE_URL}/console/#/login`)
      await input('login-username').fill('gkb_shi')
      await input('login-password').fill(PASSWORD)
      await byTest('login-submit').click()
      await byTest('current-user').waitFor()
      await byTest('menu-plans').click()
      await byTest('plan-list').waitFor()
    },
  ],
  [
    `新建 ${YEAR} 年度计划：默认时间按通知（技师 7/31 截止，等级工和高级技师 8/1–8/31），改等级工截止时间`,
    async () => {
      await byTest('plan-new').click()
      await input('plan-name').waitFor()
      const year = await input('plan-year').inputValue()
      if (year !== YEAR) {
        await input('plan-year').fill(YEAR)
        await input('plan-year').press('Tab')
        await page.waitForTimeout(500)
      }
      check((await input('plan-closes-TECHNICIAN').inputValue()).startsWith(`${YEAR}-07-31T23:59`), '技师报名默认应于7月31日截止')
      await input('plan-name').fill(NAME)
      await input('plan-closes-GRADE').fill(`${YEAR}-09-05T17:00:00`)
      await byTest('plan-save').click()
      await page.locator('.el-message', { hasText: '考评计划已发布' }).first().waitFor()
      await byTest('plan-list').locator('tr', { hasText: NAME }).first().waitFor()
    },
  ],
  [
    '工作台显示下一年度的报名时间（即将开始）',
    async () => {
      await byTest('menu-workbench').click()
      await byTest('deadlines-card').waitFor()
      const grade = byTest(`deadline-${YEAR}-GRADE`)
      await grade.waitFor()
      const text = await grade.innerText()
      check(text.includes('即将开始'), `等级工应为“即将开始”，实际为：${text}`)
      check(text.includes(`${YEAR}年9月5日 17:00截止`), `应显示修改后的截止时间，实际为：${text}`)
      const technician = await byTest(`deadline-${YEAR}-TECHNICIAN`).innerText()
      check(technician.includes(`选拔考试 ${YEAR}年8月15日`), `技师应显示选拔考试日期，实际为：${technician}`)
    },
  ],
  [
    '截止早于开始的修改被拒绝，并给出中文原因',
    async () => {
      await byTest('menu-plans').click()
      const row = byTest('plan-list').locator('tr', { hasText: NAME }).first()
      await row.waitFor()
      await row.locator('[data-test^="plan-edit-"]').click()
      await input('plan-closes-SENIOR_TECHNICIAN').fill(`${YEAR}-07-01T00:00:00`)
      await byTest('plan-save').click()
      const problems = await byTest('plan-problems').innerText()
      check(problems.includes('高级技师报名截止时间应晚于开始时间'), `应提示截止时间早于开始时间，实际为：${problems}`)
    },
  ],
  [
    '申报人 shenbao 在手机（375 px）首页看到本年度正在进行的报名及截止时间',
    async () => {
      const phone = await (await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' })).newPage()
      phone.on('pageerror', (e) => pageErrors.push(e.message))
      const field = (id) => phone.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
      await phone.goto(`${BASE_URL}/h5/#/login`)
      await field('h5-username').fill('shenbao')
      await field('h5-password').fill(PASSWORD)
      await phone.locator('[data-test="h5-login"]').click()
      await phone.locator('[data-test="tab-home"]').click()
      const grade = phone.locator('[data-test^="home-deadline-"][data-test$="-GRADE"]').first()
      await grade.waitFor()
      const text = await grade.innerText()
      check(text.includes('正在报名') && text.includes('截止'), `首页应显示等级工正在报名及截止时间，实际为：${text}`)
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      check(width <= 375, `首页不应横向滚动（宽 ${width} px）`)
      await phone.close()
    },
  ],
  [
    '页面无脚本错误',
    async () => {
      check(pageErrors.length === 0, `页面错误：${pageErrors.join('; ')}`)
    },
  ],
])

console.log(`RESULT ${NAME}`)
await browser.close()
