// End-to-end 工种目录与考评范围 through the console: the provincial exam office views the catalog
// (a merged work type shows its successor), downloads next year's scopes, copies this year's into
// next year (NEXT_YEAR, emptied by the test), closes one line by its checkbox, then replaces the
// year by importing IMPORT_FILE. Every state passes axe-core; the controls are reached by Tab.
// Usage: BASE_URL=… NEXT_YEAR=2027 IMPORT_FILE=/path/scopes.xlsx SHEET_FILE=/path/out.xlsx node e2e/catalog.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PASSWORD = 'Gk@123456'
const { NEXT_YEAR, IMPORT_FILE, SHEET_FILE } = process.env
check(NEXT_YEAR && IMPORT_FILE && SHEET_FILE, 'NEXT_YEAR, IMPORT_FILE and SHEET_FILE are required')

const { browser, page, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
const openCount = async () => Number((await byTest('catalog-open-count').innerText()).match(/已开放 (\d+) 项/)[1])
let copied = 0

await runSteps('catalog', page, browser, [
  ['省工考办打开工种目录', async () => {
    await page.goto(`${BASE_URL}/console/#/login`)
    await input('login-username').fill('gkb_sheng')
    await input('login-password').fill(PASSWORD)
    await byTest('login-submit').click()
    await byTest('current-user').waitFor()
    await byTest('menu-catalog').click()
    await byTest('catalog-table').waitFor()
    await page.locator('[data-test="catalog-open-count"]', { hasText: `${NEXT_YEAR}年已开放 0 项` }).waitFor()
    await checkAxe(page, '工种目录')
    await checkKeyboardReach(page, ['catalog-filter', 'catalog-export', 'catalog-copy', 'catalog-import'])
  }],
  ['合并的工种显示其归并后的工种', async () => {
    await input('catalog-filter').fill('汽车驾驶员')
    await page.locator('[data-test="catalog-table"] tr', { hasText: '已合并至' }).first().waitFor()
    await input('catalog-filter').fill('')
  }],
  ['复制今年的考评范围到明年', async () => {
    await byTest('catalog-copy').click()
    await page.locator('.el-message', { hasText: '已复制' }).waitFor()
    copied = Number((await page.locator('.el-message', { hasText: '已复制' }).innerText()).match(/已复制 (\d+) 条/)[1])
    check(copied > 0, `复制了 ${copied} 条`)
    await page.waitForFunction((n) => document.querySelector('[data-test="catalog-open-count"]')?.textContent?.includes(`已开放 ${n} 项`), copied)
    await checkAxe(page, '工种目录（已复制）')
  }],
  ['取消勾选一项即关闭', async () => {
    const box = page.locator('[data-test="catalog-table"] .el-checkbox.is-checked').first()
    await box.click()
    await page.waitForFunction((n) => document.querySelector('[data-test="catalog-open-count"]')?.textContent?.includes(`已开放 ${n} 项`), copied - 1)
  }],
  ['下载明年的考评范围', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), byTest('catalog-export').click()])
    check(download.suggestedFilename() === `${NEXT_YEAR}年考评范围.xlsx`, `文件名：${download.suggestedFilename()}`)
    await download.saveAs(SHEET_FILE)
  }],
  ['导入 .xlsx 替换明年的考评范围', async () => {
    await byTest('catalog-import-file').setInputFiles(IMPORT_FILE)
    await page.locator('.el-message', { hasText: '已导入 2 条' }).waitFor()
    await page.locator('[data-test="catalog-open-count"]', { hasText: '已开放 2 项' }).waitFor()
    await checkAxe(page, '工种目录（已导入）')
  }],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ copied })}`)
