// End-to-end slice through the console against a running gateway:
// unit operator adds a worker and declares → supervisor approves → exam office approves →
// the declaration shows 审核通过 with two decided steps.
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] node e2e/slice.mjs
// The last line of stdout is `RESULT {"workerName":"…","idNumber":"…"}`.
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const PASSWORD = 'Gk@123456'

/** A valid 18-digit resident ID (GB 11643): area 321012, born 1985-03-15, random sequence. */
function makeIdNumber(sequence = Math.floor(Math.random() * 1000)) {
  const body = `32101219850315${String(sequence).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

const suffix = Date.now().toString(36).slice(-4) + Math.floor(Math.random() * 100)
const workerName = `测试员${suffix}`
const idNumber = makeIdNumber()

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
/** The text input of a field, whether data-test sits on the <input> or on a wrapper. */
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
const message = (text) => page.locator('.el-message', { hasText: text }).first()

async function signIn(username) {
  // A full page load, so nothing (messages, dialogs) is left over from the previous user.
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(username)
  await input('login-password').fill(PASSWORD)
  await byTest('login-submit').click()
  await byTest('current-user').waitFor()
}

async function signOut() {
  await byTest('logout').click()
  await input('login-username').waitFor()
}

/** Opens a select, optionally types a query (remote search), and clicks the option with that text. */
async function choose(testId, popperClass, optionText, query) {
  await byTest(testId).click()
  if (query) await page.keyboard.type(query, { delay: 60 })
  const option = page.locator(`.${popperClass} .el-select-dropdown__item`, { hasText: optionText }).first()
  await option.waitFor({ state: 'visible' })
  await option.click()
}

async function approvePending(row) {
  await row.locator('[data-test="approve"]').click()
  await page.locator('.el-message-box .gk-approve-confirm').click()
  await message('审核完成').waitFor()
  await row.waitFor({ state: 'detached' })
}

const pendingRow = () => page.locator('tr.pending-row', { hasText: workerName })

await runSteps('slice', page, browser, [
  ['单位经办人 danwei 登录', () => signIn('danwei')],
  [
    '打开工勤人员名册',
    async () => {
      await byTest('menu-roster').click()
      await byTest('add-worker').waitFor()
    },
  ],
  [
    `新增工勤人员 ${workerName} ${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    async () => {
      await byTest('add-worker').click()
      await input('worker-name').fill(workerName)
      await input('worker-idnumber').fill(idNumber)
      await input('worker-phone').fill('13912345678')
      await byTest('establishment-in').click()
      await input('worker-workstart').fill('2008-07-01')
      await input('worker-workstart').press('Enter')
      await choose('worker-worktype', 'worker-worktype-popper', '行政事务', 'xzsw')
      await choose('worker-level', 'worker-level-popper', '五级/初级工')
      await input('worker-levelyear').fill('2016')
      await input('worker-levelyear').press('Tab')
      await byTest('worker-submit').click()
      await message('已添加').waitFor()
    },
  ],
  [
    '新人员出现在名册中',
    async () => {
      await input('roster-name').fill(workerName)
      await byTest('roster-search').click()
      const row = page.locator('tr.worker-row', { hasText: workerName })
      await row.waitFor()
      const text = await row.innerText()
      check(text.includes('行政事务') && text.includes('五级/初级工'), `名册行内容不符：${text}`)
    },
  ],
  [
    '申报四级/中级工 行政事务',
    async () => {
      await page.locator('tr.worker-row', { hasText: workerName }).locator('[data-test^="declare-"]').click()
      await byTest('declaration-form').waitFor()
      await page.locator('[data-test="declaration-worker"]', { hasText: workerName }).waitFor()
      await choose('declaration-level', 'declaration-level-popper', '四级/中级工')
      await choose('declaration-worktype', 'declaration-worktype-popper', '行政事务', 'xzsw')
      await input('declaration-contact-name').fill('李四')
      await input('declaration-contact-phone').fill('13900001111')
      await byTest('declaration-commitment').click()
      await byTest('declaration-submit').click()
      await message('申报已提交').waitFor()
      await page.locator('tr.declaration-row', { hasText: workerName }).waitFor()
    },
  ],
  ['danwei 退出', signOut],
  ['主管部门 zhuguan 登录', () => signIn('zhuguan')],
  [
    '主管部门审核通过',
    async () => {
      await byTest('menu-pending').click()
      await approvePending(pendingRow())
    },
  ],
  ['zhuguan 退出', signOut],
  ['区工考办 gkb_qu 登录', () => signIn('gkb_qu')],
  [
    '区工考办审核通过',
    async () => {
      await byTest('menu-pending').click()
      await approvePending(pendingRow())
    },
  ],
  [
    '申报查询：审核通过，两个环节均有审核人和时间',
    async () => {
      await byTest('menu-declarations').click()
      await page.locator('tr.declaration-row', { hasText: workerName }).locator('[data-test="view"]').click()
      const status = byTest('detail-status')
      await status.waitFor()
      check((await status.innerText()).trim() === '审核通过', `状态应为 审核通过，实际为 ${await status.innerText()}`)
      const steps = await byTest('step').all()
      check(steps.length >= 2, `应至少有两个审核环节，实际 ${steps.length} 个`)
      for (const [i, step] of steps.entries()) {
        const reviewer = await step.locator('[data-test="step-reviewer"]').innerText().catch(() => '')
        const time = await step.locator('[data-test="step-time"]').innerText().catch(() => '')
        check(reviewer.trim() && time.trim(), `第 ${i + 1} 个环节缺少审核人或审核时间：${await step.innerText()}`)
      }
    },
  ],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ workerName, idNumber })}`)
