// End-to-end 关键信息修改 through the console against a running gateway: the unit finds WORKER_NAME (WORKER_ID) on
// the roster, ticks it and exports the 关键信息修改 sheet (saved to SHEET_FILE), uploads the edited sheet
// (EDITED_FILE: the name changed to NEW_NAME), sees old vs new, uploads the evidence (EVIDENCE_FILE),
// gives a contact and submits; the district and then the city exam office approve in 关键信息修改审核;
// the worker's detail page then shows the new name and the old one in the key-change history.
// Every page on the way passes axe-core (no serious or critical violation) and its controls are reached by Tab.
// Usage: BASE_URL=… WORKER_ID=… WORKER_NAME=… NEW_NAME=… EDITED_FILE=… EVIDENCE_FILE=… SHEET_FILE=… node e2e/keychange.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const { WORKER_ID, WORKER_NAME, NEW_NAME, EDITED_FILE, EVIDENCE_FILE, SHEET_FILE } = process.env
check(WORKER_ID && WORKER_NAME && NEW_NAME && EDITED_FILE && EVIDENCE_FILE && SHEET_FILE, 'WORKER_NAME, NEW_NAME, EDITED_FILE, EVIDENCE_FILE and SHEET_FILE are required')

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
let changeId = ''
let workerId = ''
const workerRow = () => page.locator('.worker-row').filter({ has: page.locator(`[data-test="view-${WORKER_ID}"]`) })

async function signIn(name) {
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(name)
  await input('login-password').fill(PASSWORD)
  await byTest('login-submit').click()
  await byTest('current-user').waitFor()
}

async function approveAs(name, last) {
  await signIn(name)
  await byTest('menu-key-change-reviews').click()
  await byTest(`key-change-review-open-${changeId}`).click()
  await page.locator('[data-test="key-change-rows"] [data-test="change-NAME"]', { hasText: NEW_NAME }).waitFor()
  await byTest('key-change-review-evidence-thumbnail').waitFor()
  await checkAxe(page, '关键信息修改审核')
  await checkKeyboardReach(page, ['key-change-review-evidence-open', 'key-change-review-reason', 'key-change-review-approve'])
  await page.locator('textarea[data-test="key-change-review-reason"], [data-test="key-change-review-reason"] textarea').first().fill('材料齐全，同意')
  await byTest('key-change-review-approve').click()
  await page.locator('[data-test="key-change-review-status"]', { hasText: last ? '已通过' : '审核中' }).waitFor()
}

await runSteps('keychange', page, browser, [
  ['单位经办人在名册中查到该人员', async () => {
    await signIn('danwei')
    await byTest('menu-roster').click()
    await input('roster-name').fill(WORKER_NAME)
    await byTest('roster-search').click()
    await workerRow().waitFor()
    await checkAxe(page, '工勤人员名册')
  }],
  ['勾选该人员并导出关键信息修改表', async () => {
    await workerRow().locator('.el-checkbox').click()
    await page.locator('[data-test="key-change-sheet"]', { hasText: '已选 1 人' }).waitFor()
    await checkKeyboardReach(page, ['roster-name', 'roster-search', 'key-change-sheet'])
    const [download] = await Promise.all([page.waitForEvent('download'), byTest('key-change-sheet').click()])
    check(download.suggestedFilename().endsWith('.xlsx'), `文件名：${download.suggestedFilename()}`)
    await download.saveAs(SHEET_FILE)
    await byTest('key-change-choose').waitFor()
  }],
  ['上传修改后的表格，逐项显示修改前后', async () => {
    await checkAxe(page, '关键信息修改（上传前）')
    await byTest('key-change-file').setInputFiles(EDITED_FILE)
    await byTest('key-change-summary').waitFor()
    const cell = page.locator('[data-test="key-change-rows"] [data-test="change-NAME"]').first()
    const text = await cell.innerText()
    check(text.includes(WORKER_NAME) && text.includes(NEW_NAME), `姓名一栏：${text}`)
    const counts = await byTest('key-change-counts').innerText()
    check(counts.replace(/\s/g, '') === '1/0', `可修改/不予修改：${counts}`)
    await checkAxe(page, '关键信息修改（新旧对比）')
  }],
  ['上传盖章打印件，填写联系人并提交', async () => {
    await checkKeyboardReach(page, ['key-change-choose', 'key-change-evidence-choose', 'key-change-contact-name',
      'key-change-contact-phone', 'key-change-submit'])
    await byTest('key-change-evidence-file').setInputFiles(EVIDENCE_FILE)
    await page.locator('[data-test="key-change-evidence"]', { hasText: '已上传' }).waitFor()
    await byTest('key-change-evidence-thumbnail').waitFor()
    await input('key-change-contact-name').fill('陈红梅')
    await input('key-change-contact-phone').fill('13900139000')
    await byTest('key-change-submit').click()
    await page.locator('[data-test="key-change-status"]', { hasText: '审核中' }).waitFor()
    await byTest('key-change-steps').waitFor()
    changeId = (await byTest('key-change-id').innerText()).trim()
    check(/^\d+$/.test(changeId), `编号：${changeId}`)
    await checkAxe(page, '关键信息修改（已提交）')
  }],
  ['区工考办通过（名册尚未修改）', async () => approveAs('gkb_qu', false)],
  ['市工考办通过', async () => approveAs('gkb_shi', true)],
  ['人员详情显示新姓名和关键信息变更记录', async () => {
    await signIn('danwei')
    await byTest('menu-roster').click()
    await input('roster-name').fill(NEW_NAME)
    await byTest('roster-search').click()
    await workerRow().locator(`[data-test="view-${WORKER_ID}"]`).click()
    await page.waitForURL(/#\/roster\/\d+/)
    workerId = page.url().replace(/.*\/roster\//, '').replace(/\?.*/, '')
    const history = page.locator('[data-test="key-changes"]')
    await history.locator('tr', { hasText: WORKER_NAME }).filter({ hasText: NEW_NAME }).first().waitFor()
    await checkAxe(page, '人员详情')
  }],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ changeId, workerId })}`)
