// 高级技师申报信息 in the console (issue 16), against a running gateway. PHASE=unit: the unit operator opens
// 查看/补充 of a 高级技师 draft, fills the 高级技师 section (年度考核结果, 简历, 奖惩, 业绩, 可选条件三, 论文标题)
// and saves with 暂存; axe and keyboard checked on the dialog. PHASE=reviewer: the department reads the same
// values on the declaration's detail page, with the thesis named by its title; axe checked. PHASE=applicant
// (APPLICANT=<username>): the applicant it is about reads it read-only on H5 at 375 px; keyboard and axe checked.
// Usage: BASE_URL=… PHASE=unit|reviewer WORKER=<name> DECLARATION_ID=<id> TITLE=<thesis title> node e2e/senior.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const { PHASE, WORKER, DECLARATION_ID, TITLE } = process.env
if (!PHASE || !WORKER || !DECLARATION_ID || !TITLE) throw new Error('PHASE, WORKER, DECLARATION_ID and TITLE are required')

const { browser, page, pageErrors } = await openBrowser(PHASE === 'applicant' ? { width: 375, height: 812 } : { width: 1440, height: 900 })
page.setDefaultTimeout(30_000)
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input, textarea[data-test="${id}"], [data-test="${id}"] textarea`).first()

async function signIn(username) {
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(username)
  await input('login-password').fill(PASSWORD)
  await byTest('login-submit').click()
  await byTest('current-user').waitFor()
}

const unitSteps = [
  ['申报单位经办人 danwei2 登录', () => signIn('danwei2')],
  [
    `打开“技术等级申报”，查看/补充 ${WORKER} 的高级技师申报`,
    async () => {
      await page.goto(`${BASE_URL}/console/#/declarations`)
      await input('filter-name').fill(WORKER)
      await byTest('declarations-search').click()
      const row = page.locator('tr.declaration-row', { hasText: WORKER })
      await row.locator('[data-test="revise"]').click()
      await byTest('senior-form').waitFor()
      const missing = await byTest('senior-missing').innerText()
      check(missing.includes('年度考核结果') && missing.includes('论文标题'), `应提示尚需填写的项目，实际为：${missing}`)
    },
  ],
  [
    '填写高级技师申报信息，勾选可选条件三；键盘可到达各字段，axe 无严重问题',
    async () => {
      await byTest('senior-assessment-EXCELLENT').click()
      await input('senior-resume').fill('2005-2015 公路管理站 炊事员\n2015至今 公路管理站 厨师长')
      await input('senior-rewardsPenalties').fill('无')
      await input('senior-achievements').fill('主持食堂标准化改造')
      await input('senior-thesisTitle').fill(TITLE)
      await byTest('senior-condition-3').click()
      await checkKeyboardReach(page, ['senior-resume', 'senior-thesisTitle', 'revise-save'])
      // the section this journey is about (the page behind the dialog has its own journeys)
      await checkAxe(page, '查看/补充（高级技师申报信息）', '[data-test="senior-extras"]')
    },
  ],
  [
    '暂存：高级技师信息与申报一并保存',
    async () => {
      await byTest('revise-save').click()
      await page.locator('.el-message', { hasText: '已暂存' }).first().waitFor()
      const row = page.locator('tr.declaration-row', { hasText: WORKER })
      await row.locator('[data-test="revise"]').click()
      await byTest('senior-form').waitFor()
      await page.waitForFunction(
        (title) => document.querySelector('input[data-test="senior-thesisTitle"], [data-test="senior-thesisTitle"] input')?.value === title, TITLE)
      check(!(await byTest('senior-missing').count()), '保存后不应再提示尚需填写')
    },
  ],
]

const reviewerSteps = [
  ['主管部门审核人 zhuguan2 登录', () => signIn('zhuguan2')],
  [
    '申报详情显示高级技师申报信息，论文文件名与标题一致；axe 无严重问题',
    async () => {
      await page.goto(`${BASE_URL}/console/#/declarations/${DECLARATION_ID}`)
      await byTest('senior-view').waitFor()
      const assessment = await byTest('senior-view-assessment').innerText()
      check(assessment === '优秀', `年度考核结果应为优秀，实际为 ${assessment}`)
      check((await byTest('senior-view-achievements').innerText()).includes('主持食堂标准化改造'), '应显示主要业绩')
      const conditions = await byTest('senior-view-conditions').innerText()
      check(conditions.includes('可选条件三（证明材料 1 份）'), `应显示已勾选的可选条件三及其证明，实际为：${conditions}`)
      check((await byTest('senior-view-thesis').innerText()) === TITLE, '应显示论文标题')
      check((await byTest('senior-view-thesis-file').innerText()).includes('文件名与标题一致'), '论文文件名应与标题一致')
      await byTest('material-slot-THESIS').waitFor()
      await checkAxe(page, '申报详情（高级技师申报信息）', '[data-test="senior-extras"]')
    },
  ],
]

const applicantSteps = [
  [
    `申报人 ${process.env.APPLICANT} 登录 H5`,
    async () => {
      await page.goto(`${BASE_URL}/h5/#/login`)
      await input('h5-username').fill(process.env.APPLICANT)
      await input('h5-password').fill(PASSWORD)
      await byTest('h5-login').click()
      await byTest('tab-declarations').waitFor()
    },
  ],
  [
    '申报详情显示高级技师申报信息（审核中只读）；键盘可到达，axe 无严重问题',
    async () => {
      await page.goto(`${BASE_URL}/h5/#/declarations/${DECLARATION_ID}`)
      await byTest('h5-senior-extras').waitFor()
      const resume = await page.locator('[data-test="h5-senior-resume"] textarea').inputValue()
      check(resume.includes('厨师长'), `应显示学习工作简历，实际为：${resume}`)
      check((await byTest('h5-senior-assessment').innerText()).includes('优秀'), '应显示年度考核结果“优秀”')
      check(!(await byTest('h5-senior-save').count()), '审核中的申报不应可保存')
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      check(width <= 375, `375 像素宽度下不应横向滚动，实际宽度 ${width}`)
      await checkKeyboardReach(page, ['h5-senior-resume', 'h5-senior-thesisTitle'])
      await checkAxe(page, 'H5 申报详情（高级技师申报信息）', '[data-test="h5-senior-extras"]')
    },
  ],
]

const steps = { unit: unitSteps, reviewer: reviewerSteps, applicant: applicantSteps }[PHASE]
await runSteps(`senior-${PHASE}`, page, browser, steps)
check(pageErrors.length === 0, `页面错误：${pageErrors.join('；')}`)
await browser.close()
