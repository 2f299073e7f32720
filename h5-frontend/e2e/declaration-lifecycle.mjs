// The declaration lifecycle through the console against a running gateway (issue 16):
// a unit operator adds two workers in one batch with different modes (正常申报, 转岗申报), keeps them
// as drafts (暂存), supplements one, reads the 承诺书 (不同意 stops, 同意 goes on), gives a landline
// contact and submits both; the department returns one and approves the other; the unit fixes
// and resubmits the returned one, which comes back to the department; the exam office approves
// both in one batch and sees both rounds on the detail page. The sidebar is used by keyboard once.
// Usage: BASE_URL=… WORKER_A=<name> WORKER_B=<name> SEARCH=<common part of both names> node e2e/declaration-lifecycle.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const PASSWORD = 'Gk@123456'
const A = process.env.WORKER_A
const B = process.env.WORKER_B
const SEARCH = process.env.SEARCH
const PHOTO_PATH = process.env.PHOTO_PATH
if (!A || !B || !SEARCH) throw new Error('WORKER_A, WORKER_B and SEARCH are required')

const { browser, page, pageErrors } = await openBrowser({ width: 1440, height: 900 })
// This journey has many steps on a shared, busy machine: allow each action more time than the default.
page.setDefaultTimeout(30_000)
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input, textarea[data-test="${id}"], [data-test="${id}"] textarea`).first()
const message = (text) => page.locator('.el-message', { hasText: text }).first()
const declarationRow = (name) => page.locator('tr.declaration-row', { hasText: name })
const pendingRow = (name) => page.locator('tr.pending-row', { hasText: name })

async function signIn(username) {
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

/** Picks an option of a select in the visible dropdown with that popper class. */
async function pick(select, popperClass, optionText) {
  await select.click()
  const option = page.locator(`.${popperClass} .el-select-dropdown__item:visible`, { hasText: optionText }).first()
  await option.waitFor({ state: 'visible' })
  await option.click()
}

async function statusOf(name) {
  return (await declarationRow(name).locator('[data-test="declaration-status"]').innerText()).trim()
}

async function openPending(filter) {
  await byTest('menu-pending').click()
  await input('pending-filter-name').fill(filter)
  await byTest('pending-search').click()
}

await runSteps('declaration-lifecycle', page, browser, [
  ['单位经办人 danwei 登录', () => signIn('danwei')],
  [
    '用键盘在侧边菜单中打开“技术等级申报”',
    async () => {
      await page.locator('body').click({ position: { x: 5, y: 5 } })
      let reached = false
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab')
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-test') === 'menu-declarations')
      }
      check(reached, '按 Tab 键无法到达侧边菜单“技术等级申报”')
      await page.keyboard.press('Enter')
      await byTest('add-declarants').waitFor()
      check(page.url().includes('#/declarations'), `按 Enter 后应打开申报页面，实际为 ${page.url()}`)
    },
  ],
  [
    `添加申报人员：${A}（正常申报）和 ${B}（转岗申报），均为四级/中级工，暂存`,
    async () => {
      await byTest('add-declarants').click()
      await input('add-search').fill(SEARCH)
      await input('add-search').press('Enter')
      // Only the two workers of this journey are listed once the search has run.
      await page.waitForFunction(() => document.querySelectorAll('tr.add-row').length === 2)
      for (const [name, mode] of [
        [A, '正常申报'],
        [B, '转岗申报'],
      ]) {
        const row = page.locator('tr.add-row', { hasText: name })
        await row.waitFor()
        await row.locator('.el-checkbox').click()
        await pick(row.locator('[data-test="add-level"]'), 'add-level-popper', '四级/中级工')
        await pick(row.locator('[data-test="add-mode"]'), 'add-mode-popper', mode)
      }
      await byTest('add-confirm').click()
      await message('已添加2名申报人员').waitFor()
      await declarationRow(A).waitFor()
      check((await statusOf(A)) === '暂存', `${A} 应为暂存，实际为 ${await statusOf(A)}`)
      check((await statusOf(B)) === '暂存', `${B} 应为暂存，实际为 ${await statusOf(B)}`)
    },
  ],
  [
    `查看/补充 ${B}：填写转岗前岗位，电脑上传转岗证明材料后暂存`,
    async () => {
      await declarationRow(B).locator('[data-test="revise"]').click()
      await input('revise-former-post').fill('机关后勤服务')
      // 转岗 requires its proof slot (issue 17's material slots, shown in the same dialog)
      const slot = byTest('material-slot-POST_CHANGE_PROOF')
      await slot.waitFor()
      await slot.locator('input[type=file]').setInputFiles(PHOTO_PATH)
      await slot.locator('[data-test="material-file"]').first().waitFor()
      await byTest('revise-save').click()
      await message('已暂存').waitFor()
    },
  ],
  [
    '勾选两条暂存提交：先读承诺书，不同意则不提交',
    async () => {
      await declarationRow(A).locator('.el-checkbox').click()
      await declarationRow(B).locator('.el-checkbox').click()
      await byTest('submit-selected').click()
      // The letter's text is fetched when the dialog opens: wait for it.
      await page.waitForFunction(() => document.querySelector('[data-test="commitment-text"]')?.textContent?.includes('承诺'))
      await byTest('commitment-disagree').click()
      await byTest('commitment-declined').waitFor()
      check((await statusOf(A)) === '暂存', '不同意后申报不应提交')
    },
  ],
  [
    `同意承诺书，填写联系人和带区号的固定电话；${A} 的合格库提示须勾选“确认报考”后提交`,
    async () => {
      await byTest('commitment-agree').click()
      await input('submit-contact-name').fill('陈红梅')
      await input('submit-contact-phone').fill('0514-86881234')
      await byTest('submit-confirm').click()
      // the 合格库 holds A's 初级工 certificate of another year: seed 004's text, nothing submitted until confirmed
      const warnings = byTest('qualification-warnings')
      await warnings.waitFor()
      const text = await warnings.innerText()
      check(text.includes(A) && text.includes('现岗位等级取得时间与合格库信息不符，是否确认报考'), `应显示 ${A} 的合格库提示，实际为：${text}`)
      check((await statusOf(A)) === '暂存', '未确认报考前不应提交')
      await page.locator('[data-test^="qualification-confirm-"]').first().click()
      await byTest('submit-confirm').click()
      await message('申报已提交').waitFor()
      await page.waitForFunction(
        ([a, b]) =>
          [a, b].every((name) =>
            [...document.querySelectorAll('tr.declaration-row')].some((tr) => tr.textContent.includes(name) && tr.textContent.includes('审核中')),
          ),
        [A, B],
      )
    },
  ],
  ['danwei 退出', signOut],
  ['主管部门 zhuguan 登录', () => signIn('zhuguan')],
  [
    `主管部门退回 ${B}（退回补充），通过 ${A}`,
    async () => {
      await openPending(SEARCH)
      await pendingRow(B).locator('[data-test="return"]').click()
      await input('decision-reason').fill('请补充转岗前岗位证明')
      await byTest('decision-submit').click()
      await message('审核完成').waitFor()
      await pendingRow(B).waitFor({ state: 'detached' })
      await pendingRow(A).locator('[data-test="approve"]').click()
      await page.locator('.el-message-box .gk-approve-confirm').click()
      await pendingRow(A).waitFor({ state: 'detached' })
    },
  ],
  ['zhuguan 退出', signOut],
  ['danwei 再次登录', () => signIn('danwei')],
  [
    '工作台显示退回补充的待办',
    async () => {
      await byTest('menu-workbench').click()
      const returned = byTest('todo-returned')
      await returned.waitFor()
      check(Number((await returned.locator('.count').innerText()).trim()) >= 1, '工作台应显示至少 1 条退回补充')
    },
  ],
  [
    `补充 ${B} 后重新提交`,
    async () => {
      await byTest('menu-declarations').click()
      await declarationRow(B).waitFor()
      check((await statusOf(B)) === '退回补充', `${B} 应为退回补充，实际为 ${await statusOf(B)}`)
      await declarationRow(B).locator('[data-test="revise"]').click()
      await byTest('revise-returned').waitFor()
      await input('revise-former-post').fill('机关后勤服务（2019年转岗，附证明）')
      await byTest('revise-save').click()
      await message('已暂存').waitFor()
      await declarationRow(B).locator('[data-test="resubmit"]').click()
      await page.locator('.el-message-box .gk-confirm').click()
      await message('已重新提交').waitFor()
      await page.waitForFunction(
        (name) => [...document.querySelectorAll('tr.declaration-row')].some((tr) => tr.textContent.includes(name) && tr.textContent.includes('审核中')),
        B,
      )
    },
  ],
  ['danwei 退出', signOut],
  ['主管部门 zhuguan 登录', () => signIn('zhuguan')],
  [
    `重新提交的 ${B} 回到主管部门，审核通过`,
    async () => {
      await openPending(SEARCH)
      await pendingRow(B).locator('[data-test="approve"]').click()
      await page.locator('.el-message-box .gk-approve-confirm').click()
      await pendingRow(B).waitFor({ state: 'detached' })
    },
  ],
  ['zhuguan 退出', signOut],
  ['区工考办 gkb_qu 登录', () => signIn('gkb_qu')],
  [
    '区工考办勾选两条批量通过',
    async () => {
      await openPending(SEARCH)
      await pendingRow(A).locator('.el-checkbox').click()
      await pendingRow(B).locator('.el-checkbox').click()
      await byTest('batch-approve').click()
      await page.locator('.el-message-box .gk-batch-confirm').click()
      await message('已通过 2 条申报').waitFor()
      await pendingRow(A).waitFor({ state: 'detached' })
      await pendingRow(B).waitFor({ state: 'detached' })
    },
  ],
  [
    `申报查询：${B} 审核通过，详情有现等级、转岗申报、承诺书、两次提交与办理记录`,
    async () => {
      await byTest('menu-declarations').click()
      await input('filter-name').fill(B)
      await byTest('declarations-search').click()
      await declarationRow(B).locator('[data-test="view"]').click()
      const status = byTest('detail-status')
      await status.waitFor()
      check((await status.innerText()).trim() === '审核通过', `状态应为 审核通过，实际为 ${await status.innerText()}`)
      check((await byTest('detail-current-level').innerText()).includes('五级/初级工'), '详情缺少现等级')
      check((await byTest('detail-mode').innerText()).includes('转岗申报'), '详情缺少申报方式')
      check((await byTest('detail-commitment').innerText()).includes('已同意'), '详情缺少承诺书同意记录')
      await byTest('step-round').first().waitFor()
      const timeline = await byTest('detail-timeline').innerText()
      check(timeline.includes('补充后重新提交') && timeline.includes('退回补充'), `办理记录不完整：${timeline}`)
    },
  ],
  ['页面没有脚本错误', async () => check(pageErrors.length === 0, `页面脚本错误：${pageErrors.join('; ')}`)],
])

await browser.close()
console.log(`RESULT ${JSON.stringify({ a: A, b: B })}`)
