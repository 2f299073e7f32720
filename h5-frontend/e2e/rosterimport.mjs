// End-to-end 导入新增人员 through the console against a running gateway: the unit uploads a
// filled-in template (IMPORT_FILE: one good row, one bad row), sees accepted and rejected rows
// and the mode, switches to 只导入正确的行, uploads the evidence (EVIDENCE_FILE, a photo: its thumbnail shows), gives a
// contact and submits; the district and then the city exam office see the thumbnail and approve in 导入审核.
// Usage: BASE_URL=… IMPORT_FILE=/path/a.xlsx EVIDENCE_FILE=/path/p.png node e2e/rosterimport.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const IMPORT_FILE = process.env.IMPORT_FILE
const EVIDENCE_FILE = process.env.EVIDENCE_FILE
check(IMPORT_FILE && EVIDENCE_FILE, 'IMPORT_FILE and EVIDENCE_FILE are required')

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
let importId = ''

async function signIn(name) {
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/console/#/login`)
  await input('login-username').fill(name)
  await input('login-password').fill(PASSWORD)
  await byTest('login-submit').click()
  await byTest('current-user').waitFor()
}

async function approveAs(name) {
  await signIn(name)
  await byTest('menu-import-reviews').click()
  await byTest(`import-review-open-${importId}`).click()
  await byTest('import-review-approve').waitFor()
  await byTest('import-review-evidence-thumbnail').waitFor()
  await checkAxe(page, '导入审核')
  await checkKeyboardReach(page, ['import-review-evidence-open', 'import-review-evidence-download', 'import-review-approve'])
  await page.locator('textarea[data-test="import-review-reason"], [data-test="import-review-reason"] textarea').first().fill('材料齐全，同意')
  await byTest('import-review-approve').click()
  await byTest(`import-review-open-${importId}`).waitFor({ state: 'detached' })
}

await runSteps('rosterimport', page, browser, [
  ['单位经办人打开导入新增人员', async () => {
    await signIn('danwei')
    await byTest('menu-roster-import').click()
    await byTest('roster-import-template').waitFor()
    await checkAxe(page, '导入新增人员')
  }],
  ['上传文件，显示正确行、错误行和导入方式', async () => {
    await byTest('roster-import-file').setInputFiles(IMPORT_FILE)
    await byTest('roster-import-summary').waitFor()
    const mode = await byTest('roster-import-mode').innerText()
    check(mode.includes('全部正确才导入'), `导入方式：${mode}`)
    await page.locator('[data-test="import-rejected"]', { hasText: 'SEX_MISMATCH' }).waitFor()
    await checkAxe(page, '导入结果')
    await checkKeyboardReach(page, ['roster-import-template', 'roster-import-choose', 'roster-import-only-valid',
      'roster-import-evidence-choose', 'roster-import-contact-name', 'roster-import-contact-phone', 'roster-import-submit'])
  }],
  ['选择只导入正确的行', async () => {
    await byTest('roster-import-only-valid').click()
    await page.locator('[data-test="roster-import-mode"]', { hasText: '只导入正确的行' }).waitFor()
  }],
  ['上传盖章打印件，填写联系人并提交', async () => {
    await byTest('roster-import-evidence-file').setInputFiles(EVIDENCE_FILE)
    await page.locator('[data-test="roster-import-evidence"]', { hasText: '已上传' }).waitFor()
    // the printout went through the photo pipeline: its thumbnail is shown, with a text alternative
    await byTest('roster-import-evidence-thumbnail').waitFor()
    const loaded = await byTest('roster-import-evidence-thumbnail').evaluate((img) => img.complete && img.naturalWidth > 0)
    check(loaded, '打印件缩略图未显示')
    await checkAxe(page, '导入（已上传打印件）')
    await input('roster-import-contact-name').fill('陈红梅')
    await input('roster-import-contact-phone').fill('13900139000')
    await byTest('roster-import-submit').click()
    await page.locator('[data-test="roster-import-status"]', { hasText: '审核中' }).waitFor()
    await byTest('roster-import-steps').waitFor()
    importId = (await byTest('roster-import-id').innerText()).trim()
    check(/^\d+$/.test(importId), `导入编号：${importId}`)
  }],
  ['区工考办通过', async () => approveAs('gkb_qu')],
  ['市工考办通过', async () => approveAs('gkb_shi')],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ importId })}`)
