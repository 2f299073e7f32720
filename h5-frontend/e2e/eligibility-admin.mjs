// End-to-end 诚信记录 and 省综合评审未通过 through the console against a running gateway: the district exam office
// (gkb_qu) opens 诚信记录 from its menu, submits a bad form and sees each Chinese error under its field, then records
// a finding against WORKER_NAME (by the full WORKER_ID_NUMBER; the worker is on danwei's roster), sees the 3-year bar
// end before saving and the record listed with the ID number masked (ID_MASKED), finds it by ID number, and revokes
// it with a reason. Then 省综合评审未通过: a wrong name and this year are refused under their fields; WORKER2_NAME
// is recorded for 2024 and listed. Both pages pass axe-core (no serious or critical violation) and are reached by Tab.
// Usage: BASE_URL=… WORKER_NAME=… WORKER_ID_NUMBER=… ID_MASKED=… WORKER2_NAME=… WORKER2_ID_NUMBER=… node e2e/eligibility-admin.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const { WORKER_NAME, WORKER_ID_NUMBER, ID_MASKED, WORKER2_NAME, WORKER2_ID_NUMBER } = process.env
check(WORKER_NAME && WORKER_ID_NUMBER && ID_MASKED && WORKER2_NAME && WORKER2_ID_NUMBER,
  'WORKER_NAME, WORKER_ID_NUMBER, ID_MASKED, WORKER2_NAME and WORKER2_ID_NUMBER are required')
const WRONG_CHECK_DIGIT = WORKER_ID_NUMBER.slice(0, 17) + (WORKER_ID_NUMBER[17] === '0' ? '1' : '0')

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], textarea[data-test="${id}"], [data-test="${id}"] input, [data-test="${id}"] textarea`).first()
const errorUnder = (id) => page.locator('.el-form-item', { has: input(id) }).locator('.el-form-item__error')
let integrityId = ''

async function expectError(id, text) {
  const error = errorUnder(id)
  await error.waitFor()
  const shown = await error.innerText()
  check(shown.includes(text), `字段 ${id} 下应显示“${text}”，实际为：${shown}`)
}

await runSteps('eligibility-admin', page, browser, [
  ['区工考办登录，从菜单打开诚信记录', async () => {
    await page.goto(`${BASE_URL}/console/#/login`)
    await input('login-username').fill('gkb_qu')
    await input('login-password').fill(PASSWORD)
    await byTest('login-submit').click()
    await byTest('current-user').waitFor()
    await byTest('menu-integrity').click()
    await input('integrity-id-number').waitFor()
    await byTest('integrity-list').waitFor()
    await checkAxe(page, '诚信记录')
    await checkKeyboardReach(page, ['integrity-id-number', 'integrity-name', 'integrity-date', 'integrity-reason', 'integrity-save',
      'integrity-filter-name', 'integrity-filter-id', 'integrity-search'])
  }],
  ['填写有误：每个错误显示在对应字段下', async () => {
    await input('integrity-id-number').fill(WRONG_CHECK_DIGIT)
    await byTest('integrity-save').click()
    await expectError('integrity-id-number', '校验')
    await expectError('integrity-name', '请填写姓名')
    await expectError('integrity-date', '请填写查实日期')
    await expectError('integrity-reason', '请填写事由')
    await checkAxe(page, '诚信记录（字段错误）')
  }],
  ['按身份证号和姓名记入诚信记录：先显示3年禁报期，保存后列表中身份证号脱敏', async () => {
    await input('integrity-id-number').fill(WORKER_ID_NUMBER)
    await input('integrity-name').fill(WORKER_NAME)
    await input('integrity-date').fill('2025-03-02')
    const hint = await byTest('integrity-bar-end').innerText()
    check(hint.includes('2028-03-02起可再申报'), `禁报期提示：${hint}`)
    await input('integrity-reason').fill('伪造工作年限证明')
    await byTest('integrity-save').click()
    await page.locator('.el-message', { hasText: '已记入诚信记录' }).first().waitFor()
    // the cleared errors leave with Element Plus' fade-out transition: wait for it rather than read mid-animation
    const cleared = await page.waitForFunction(() => document.querySelectorAll('.el-form-item__error').length === 0, null, { timeout: 5_000 })
      .then(() => true, () => false)
    check(cleared, '保存成功后不应再显示字段错误')
    await input('integrity-filter-id').fill(WORKER_ID_NUMBER)
    await byTest('integrity-search').click()
    const row = byTest('integrity-list').locator('tr.el-table__row', { hasText: WORKER_NAME }).first()
    await row.waitFor()
    const text = await row.innerText()
    check(text.includes(ID_MASKED) && !text.includes(WORKER_ID_NUMBER), `身份证号应脱敏显示：${text}`)
    check(text.includes('2025-03-02') && text.includes('2028-03-02') && text.includes('有效'), `记录行：${text}`)
    const revoke = row.locator('[data-test^="integrity-revoke-"]')
    integrityId = ((await revoke.getAttribute('data-test')) ?? '').replace('integrity-revoke-', '')
    check(/^\d+$/.test(integrityId), `记录编号：${integrityId}`)
    await checkAxe(page, '诚信记录（已记录）')
  }],
  ['误记可撤销：填写原因后显示为已撤销', async () => {
    await byTest(`integrity-revoke-${integrityId}`).click()
    const box = page.locator('.el-message-box')
    await box.waitFor()
    await checkAxe(page, '撤销诚信记录对话框')
    await box.locator('input').fill('录入人员有误')
    await box.locator('button', { hasText: '撤销' }).click()
    const row = byTest('integrity-list').locator('tr.el-table__row', { hasText: WORKER_NAME }).first()
    await row.filter({ hasText: '已撤销：录入人员有误' }).waitFor()
    check((await byTest(`integrity-revoke-${integrityId}`).count()) === 0, '已撤销的记录不应再有撤销按钮')
  }],
  ['打开省综合评审未通过', async () => {
    await byTest('menu-review-failures').click()
    await input('review-failure-id-number').waitFor()
    await byTest('review-failure-list').waitFor()
    await checkAxe(page, '省综合评审未通过')
    await checkKeyboardReach(page, ['review-failure-id-number', 'review-failure-name', 'review-failure-year', 'review-failure-save',
      'review-failure-filter-id', 'review-failure-search'])
  }],
  ['姓名不符、年度为今年：错误显示在对应字段下', async () => {
    await input('review-failure-id-number').fill(WORKER2_ID_NUMBER)
    await input('review-failure-name').fill('张冠李戴')
    await input('review-failure-year').fill('2026')
    await byTest('review-failure-save').click()
    await expectError('review-failure-name', '姓名与名册中该身份证号的姓名不一致')
    await expectError('review-failure-year', '综合评审年度应为2000年至2025年')
    await checkAxe(page, '省综合评审未通过（字段错误）')
  }],
  ['记录2024年度未通过并在列表中看到', async () => {
    await input('review-failure-name').fill(WORKER2_NAME)
    await input('review-failure-year').fill('2024')
    await byTest('review-failure-save').click()
    await page.locator('.el-message', { hasText: '已记录' }).first().waitFor()
    await input('review-failure-filter-id').fill(WORKER2_ID_NUMBER)
    await byTest('review-failure-search').click()
    const row = byTest('review-failure-list').locator('tr.el-table__row', { hasText: WORKER2_NAME }).first()
    await row.waitFor()
    const text = await row.innerText()
    check(text.includes('2024年') && !text.includes(WORKER2_ID_NUMBER), `记录行：${text}`)
    await checkAxe(page, '省综合评审未通过（已记录）')
  }],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ integrityId })}`)
