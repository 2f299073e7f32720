// End-to-end roster journey through the console against a running gateway:
// unit operator danwei → 名册 list → 查看 王建国 (detail with subsets and key-change history)
// → 修改 on the row → new phone saved and shown masked → 导出 with progress → an .xlsx download.
// Usage: BASE_URL=http://127.0.0.1:8080 [SCREENSHOT_DIR=/tmp/shots] node e2e/roster.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
const row = () => page.locator('tr.worker-row', { hasText: '王建国' }).first()

await runSteps('roster', page, browser, [
  [
    '单位经办人 danwei 登录，打开名册',
    async () => {
      await page.goto(`${BASE_URL}/console/#/login`)
      await input('login-username').fill('danwei')
      await input('login-password').fill(PASSWORD)
      await byTest('login-submit').click()
      await byTest('current-user').waitFor()
      await byTest('menu-roster').click()
      await input('roster-name').fill('王建国')
      await byTest('roster-search').click()
      await row().waitFor()
      // the search reloads the table: measure once it has settled
      await page.waitForFunction(() => [...document.querySelectorAll('.el-loading-mask')].every((m) => m.offsetParent === null))
      await page.waitForTimeout(300)
      const box = await row().locator('[data-test^="view-"]').boundingBox()
      check(box && box.x + box.width <= 1366, '“查看”按钮应在 1366 px 宽的窗口内可见')
      await checkAxe(page, '工勤人员名册')
      await checkKeyboardReach(page, ['roster-name', 'roster-idnumber', 'roster-search', 'roster-export', 'add-worker'])
    },
  ],
  [
    '查看：详情页显示主集、全部子集与关键信息变更记录',
    async () => {
      await row().locator('[data-test^="view-"]').click()
      await byTest('worker-master').waitFor()
      const text = await page.locator('main, body').first().innerText()
      for (const title of ['资格记录', '岗位及简历', '学历', '继续教育及培训', '奖惩情况', '年度考核', '关键信息变更记录']) {
        check(text.includes(title), `详情页缺少“${title}”`)
      }
      await checkAxe(page, '人员详情')
      await checkKeyboardReach(page, ['back-to-roster'])
      await byTest('back-to-roster').click()
      // back on the list, the search is still in effect
      await row().waitFor()
    },
  ],
  [
    `修改：手机号改为 ${phone.slice(0, 3)}****${phone.slice(-4)}`,
    async () => {
      await row().locator('[data-test^="edit-"]').click()
      await input('phone-input').fill(phone)
      await byTest('phone-save').click()
      await page.locator('.el-message', { hasText: '手机号已修改' }).first().waitFor()
      const shown = await byTest('worker-phone').innerText()
      check(shown.trim() === `${phone.slice(0, 3)}****${phone.slice(-4)}`, `手机号应脱敏显示，实际为 ${shown}`)
      await checkAxe(page, '人员详情（修改后）')
    },
  ],
  [
    '导出：选择列，显示进度，下载 .xlsx',
    async () => {
      await byTest('back-to-roster').click()
      await row().waitFor()
      await byTest('roster-export').click()
      await byTest('export-col-PHONE').click()
      const download = page.waitForEvent('download')
      await byTest('export-start').click()
      const file = await download
      check(file.suggestedFilename().endsWith('.xlsx'), `下载文件名应为 .xlsx：${file.suggestedFilename()}`)
      await byTest('export-done').waitFor()
      await byTest('export-progress').waitFor()
      await checkAxe(page, '导出对话框')
    },
  ],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
