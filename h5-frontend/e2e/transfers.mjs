// End-to-end 人员调动 through the console against a running gateway: the receiving unit (danwei2) opens 人员调动,
// asks for WORKER_NAME by the full ID number (WORKER_ID_NUMBER; the worker is on danwei's roster), sees the name
// with the masked ID only, and submits the request; the district exam office (gkb_qu) approves it in its 人员调动
// page; the receiving unit then finds the worker on its roster, and the detail page still shows the worker's
// records (RECORD_TEXT, entered by the former unit) and its 人员调动记录 (date, 调出单位 → 调入单位, 已调入) — the
// transfer list shows 调出单位 → 调入单位 as 已调入.
// The transfer page passes axe-core (no serious or critical violation) and its controls are reached by Tab.
// Usage: BASE_URL=… WORKER_NAME=… WORKER_ID_NUMBER=… ID_MASKED=… RECORD_TEXT=… node e2e/transfers.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const { WORKER_NAME, WORKER_ID_NUMBER, ID_MASKED, RECORD_TEXT } = process.env
check(WORKER_NAME && WORKER_ID_NUMBER && ID_MASKED && RECORD_TEXT, 'WORKER_NAME, WORKER_ID_NUMBER, ID_MASKED and RECORD_TEXT are required')

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
const transferRow = () => page.locator('[data-test="transfer-list"] tr.el-table__row', { hasText: WORKER_NAME }).first()
let transferId = ''
let workerId = ''

async function signIn(name) {
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(name)
  await input('login-password').fill(PASSWORD)
  await byTest('login-submit').click()
  await byTest('current-user').waitFor()
}

await runSteps('transfers', page, browser, [
  ['调入单位经办人打开人员调动', async () => {
    await signIn('danwei2')
    await byTest('menu-transfers').click()
    await input('transfer-id-number').waitFor()
    await checkAxe(page, '人员调动（调入单位）')
    await checkKeyboardReach(page, ['transfer-id-number', 'transfer-lookup'])
  }],
  ['按身份证号查询，只显示姓名和脱敏身份证号', async () => {
    await input('transfer-id-number').fill(WORKER_ID_NUMBER)
    await byTest('transfer-lookup').click()
    const candidate = byTest('transfer-candidate')
    await candidate.waitFor()
    const text = await candidate.innerText()
    check(text.includes(WORKER_NAME), `查询结果：${text}`)
    check(text.includes(ID_MASKED) && !text.includes(WORKER_ID_NUMBER), `身份证号应脱敏显示：${text}`)
    await checkAxe(page, '人员调动（查询结果）')
    await checkKeyboardReach(page, ['transfer-id-number', 'transfer-lookup', 'transfer-reason', 'transfer-request'])
  }],
  ['填写原因并提交调入申请', async () => {
    await input('transfer-reason').fill('工作需要')
    await byTest('transfer-request').click()
    await transferRow().filter({ hasText: '审核中' }).waitFor()
    await byTest('transfer-candidate').waitFor({ state: 'detached' })
    const text = await transferRow().innerText()
    check(text.includes('扬州市江都区水利工程管理处') && text.includes('扬州市江都区公路管理站'), `调动记录：${text}`)
    check(!text.includes(WORKER_ID_NUMBER), `列表中身份证号应脱敏：${text}`)
    await checkAxe(page, '人员调动（已提交）')
  }],
  ['区工考办在人员调动中审核通过', async () => {
    await signIn('gkb_qu')
    await byTest('menu-transfers').click()
    await transferRow().filter({ hasText: '审核中' }).waitFor()
    const approve = transferRow().locator('[data-test^="transfer-approve-"]')
    transferId = ((await approve.getAttribute('data-test')) ?? '').replace('transfer-approve-', '')
    check(/^\d+$/.test(transferId), `调动编号：${transferId}`)
    await checkAxe(page, '人员调动（工考办）')
    await checkKeyboardReach(page, [`transfer-approve-${transferId}`])
    await approve.click()
    // the exam office's list holds only what awaits its decision: the decided transfer leaves it
    await transferRow().waitFor({ state: 'detached' })
  }],
  ['调入单位在名册中看到该人员，详情保留原有记录', async () => {
    await signIn('danwei2')
    await byTest('menu-transfers').click()
    await transferRow().filter({ hasText: '已调入' }).waitFor()
    await byTest('menu-roster').click()
    await input('roster-name').fill(WORKER_NAME)
    await byTest('roster-search').click()
    const row = page.locator('tr.worker-row', { hasText: WORKER_NAME }).first()
    await row.waitFor()
    await row.locator('[data-test^="view-"]').click()
    await page.waitForURL(/#\/roster\/\d+/)
    workerId = page.url().replace(/.*\/roster\//, '').replace(/\?.*/, '')
    await byTest('worker-master').filter({ hasText: WORKER_NAME }).waitFor()
    await page.locator('section.subset', { hasText: RECORD_TEXT }).first().waitFor()
    // the worker's page lists the transfer: date, from → to, status
    const moved = byTest('worker-transfers').locator('tr.el-table__row', { hasText: '已调入' }).first()
    await moved.waitFor()
    const movedText = await moved.innerText()
    check(movedText.includes('扬州市江都区水利工程管理处') && movedText.includes('扬州市江都区公路管理站') && /\d{4}-\d{2}-\d{2}/.test(movedText),
      `人员调动记录：${movedText}`)
    await checkAxe(page, '人员详情（调入后）')
  }],
  ['调出单位的名册中已没有该人员', async () => {
    await signIn('danwei')
    await byTest('menu-roster').click()
    await input('roster-name').fill(WORKER_NAME)
    await byTest('roster-search').click()
    await page.locator('.el-table__empty-text', { hasText: '暂无工勤人员' }).first().waitFor()
    check((await page.locator('tr.worker-row', { hasText: WORKER_NAME }).count()) === 0, '调出单位名册仍显示该人员')
    await byTest('menu-transfers').click()
    await transferRow().filter({ hasText: '已调入' }).waitFor()
  }],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ transferId, workerId })}`)
