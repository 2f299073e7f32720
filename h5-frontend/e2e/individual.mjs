// 个人网上报名 in the H5 app at 375 px (seed 004), against a running gateway with the demo data:
// PHASE=submit (default): shenbao (王建国) signs in, reads 报名须知, chooses 扬州市 and 四级/中级工 and saves, fills
// the form (unit by the 县区 → 单位 selects, work types found by pinyin initials "zmy" → 闸门运行), saves,
// submits after agreeing to the 承诺书 and, with EXPECT_QUALIFICATION=1, confirms the 合格库 prompt; then sees
// 审核中 on the detail page and the progress, unit and help phone on the home page.
// PHASE=resubmit: after a reviewer returned it, the home says 退回补充; the detail shows the reason and leads to
// the form, which shows it too; the applicant changes the form and resubmits (重新提交); the detail says 审核中.
// Every page is checked with axe (no serious/critical violations) and for keyboard reach of its controls.
// Usage: BASE_URL=http://127.0.0.1:8080 [PHASE=submit|resubmit] [EXPECT_QUALIFICATION=1] [RETURN_REASON=…] node e2e/individual.mjs
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'
import { checkAxe, checkKeyboardReach } from './a11y.mjs'

const PHASE = process.env.PHASE ?? 'submit'
const EXPECT_QUALIFICATION = process.env.EXPECT_QUALIFICATION === '1'
const RETURN_REASON = process.env.RETURN_REASON ?? ''

const { browser, page, pageErrors } = await openBrowser({ width: 375, height: 812 })
page.setDefaultTimeout(30_000)
const byTest = (id) => page.locator(`[data-test="${id}"]`)
const input = (id) => page.locator(`input[data-test="${id}"], [data-test="${id}"] input, [data-test="${id}"] textarea`).first()
const dialog = () => page.locator('.van-dialog:visible').last()

async function signIn() {
  await page.goto(`${BASE_URL}/h5/#/login`)
  await input('h5-username').fill('shenbao')
  await input('h5-password').fill('Gk@123456')
  await byTest('h5-login').click()
  await byTest('home-progress').waitFor()
}

async function pickWorkType(picker, query, name) {
  await byTest(picker).click()
  await input(`${picker}-search`).fill(query)
  const option = page.locator(`[data-test^="${picker}-option-"]`, { hasText: name }).first()
  await option.waitFor()
  await option.click()
  await page.waitForFunction((id) => document.querySelector(`[data-test="${id}"]`)?.textContent?.includes('闸门运行'), picker)
}

const submitSteps = [
  ['申报人 shenbao 登录', signIn],
  [
    '首页：报名入口、资格审查进度、所在单位与咨询电话；页面允许双指缩放',
    async () => {
      const viewport = await page.locator('meta[name="viewport"]').getAttribute('content')
      check(!/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/.test(viewport), `viewport 禁止了缩放：${viewport}`)
      await page.waitForFunction(() => (document.querySelector('[data-test="home-progress"]')?.textContent ?? '').includes('报名须知'))
      check((await byTest('home-unit').innerText()).includes('扬州市江都区水利工程管理处'), '首页应显示本人所在单位')
      check((await byTest('home-help').innerText()).includes('0514-86881234'), '首页应显示当地工考办咨询电话')
      await checkAxe(page, '首页')
    },
  ],
  [
    '阅读报名须知',
    async () => {
      await byTest('home-guide').click()
      await byTest('guide').waitFor()
      check((await byTest('guide').innerText()).includes('如勾选有误，需删除本人报名信息后重新填报'), '报名须知缺少级别不可更改的说明')
      await checkAxe(page, '报名须知')
      await checkKeyboardReach(page, ['guide-start'])
      await byTest('guide-start').click()
    },
  ],
  [
    '选择报名地市（扬州市）和申报级别（四级/中级工），保存',
    async () => {
      await byTest('choice-city').waitFor()
      await checkAxe(page, '选择报名地市、申报级别')
      await checkKeyboardReach(page, ['choice-city', 'choice-level-INTERMEDIATE', 'choice-save'])
      await byTest('choice-city').selectOption('321000')
      await byTest('choice-level-INTERMEDIATE').click()
      await byTest('choice-save').click()
      await page.waitForURL('**/apply/form')
    },
  ],
  [
    '报名信息：姓名与身份证号来自实名身份、不可修改；单位从左至右依次选择',
    async () => {
      await byTest('form-district').waitFor()
      check((await byTest('form-name').innerText()).includes('王建国'), '姓名应为本人实名信息')
      const id = await byTest('form-id-number').innerText()
      check(/\*{4,}/.test(id), `身份证号应遮蔽显示，页面显示“${id}”`)
      check((await byTest('form-target-level').innerText()).includes('四级/中级工'), '申报岗位等级应为所选级别')
      await byTest('form-district').selectOption('321012')
      await byTest('form-unit').locator('option', { hasText: '扬州市江都区水利工程管理处' }).waitFor({ state: 'attached' })
      await byTest('form-unit').selectOption({ label: '扬州市江都区水利工程管理处' })
    },
  ],
  [
    '参加工作时间自动计算工作年限；工种用拼音首字母 zmy 查找“闸门运行”；现等级、年份、单位类别与级别、教材预订',
    async () => {
      await input('form-work-start').fill('2000-07-01')
      await page.waitForFunction(() => /\d+ 年/.test(document.querySelector('[data-test="form-work-years"]')?.textContent ?? ''))
      await pickWorkType('form-current-type', 'zmy', '闸门运行')
      await byTest('form-current-level-JUNIOR').click()
      await input('form-level-year').fill('2015')
      await byTest('form-unit-category-PUBLIC_INSTITUTION').click()
      await byTest('form-unit-level-DISTRICT').click()
      await pickWorkType('form-target-type', 'zmy', '闸门运行')
      await byTest('form-textbookEthics-yes').click()
      await byTest('form-textbookAbility-no').click()
      await byTest('form-textbookSkill-yes').click()
      await checkAxe(page, '报名信息')
      await checkKeyboardReach(page, ['form-district', 'form-unit', 'form-work-start', 'form-current-type', 'form-current-level-JUNIOR',
        'form-level-year', 'form-target-type', 'form-exceptional', 'form-textbookSkill-no', 'form-save'], 250)
    },
  ],
  [
    '保存信息',
    async () => {
      await byTest('form-save').click()
      await byTest('form-submit').waitFor()
      await byTest('h5-materials').waitFor()
      await checkAxe(page, '报名信息（已保存，含上传资料）')
    },
  ],
  [
    `提交信息：阅读报名人员承诺书并同意${EXPECT_QUALIFICATION ? '，确认合格库提示' : ''}`,
    async () => {
      await byTest('form-submit').click()
      await dialog().getByText('报名人员承诺书').waitFor()
      await checkAxe(page, '报名人员承诺书')
      await dialog().getByRole('button', { name: '同意', exact: true }).click()
      if (EXPECT_QUALIFICATION) {
        await dialog().getByText('与合格库信息不符，是否确认报考').waitFor()
        await checkAxe(page, '合格库提示')
        await dialog().getByRole('button', { name: '确定' }).click()
      }
      await dialog().getByText('您的信息已提交，请耐心等待审核').waitFor()
      await dialog().getByRole('button', { name: '确认' }).click()
      await page.waitForURL('**/declarations/*')
      await byTest('h5-detail-status').waitFor()
      const status = await byTest('h5-detail-status').innerText()
      check(status.includes('审核中'), `提交后状态应为“审核中”，页面显示“${status}”`)
      await byTest('h5-detail-withdraw').waitFor()
      await checkAxe(page, '申报详情（审核中）')
    },
  ],
  [
    '首页显示资格审查进度：等待审核',
    async () => {
      await page.goto(`${BASE_URL}/h5/#/home`)
      await page.waitForFunction(() => (document.querySelector('[data-test="home-progress"]')?.textContent ?? '').includes('等待审核'))
    },
  ],
]

const resubmitSteps = [
  ['申报人 shenbao 登录', signIn],
  [
    '首页：资格审查进度为退回补充',
    async () => {
      await page.waitForFunction(() => (document.querySelector('[data-test="home-progress"]')?.textContent ?? '').includes('退回补充'))
      await byTest('home-progress').click()
      await byTest('h5-detail-fix').waitFor()
      check((await page.locator('body').innerText()).includes(RETURN_REASON), `详情应显示退回意见“${RETURN_REASON}”`)
      await checkAxe(page, '申报详情（退回补充）')
      await checkKeyboardReach(page, ['h5-detail-fix'])
    },
  ],
  [
    '修改报名信息（教材预订）并重新提交',
    async () => {
      await byTest('h5-detail-fix').click()
      await byTest('form-return-reason').waitFor()
      check((await byTest('form-return-reason').innerText()).includes(RETURN_REASON), '报名信息页应显示退回意见')
      await byTest('form-textbookAbility-yes').click()
      const submit = byTest('form-submit')
      check((await submit.innerText()).includes('重新提交'), '退回补充后的按钮应为“重新提交”')
      await checkAxe(page, '报名信息（退回补充）')
      await submit.click()
      await dialog().getByText('您的信息已提交，请耐心等待审核').waitFor()
      await dialog().getByRole('button', { name: '确认' }).click()
      await page.waitForURL('**/declarations/*')
      await page.waitForFunction(() => (document.querySelector('[data-test="h5-detail-status"]')?.textContent ?? '').includes('审核中'))
    },
  ],
]

await runSteps(`individual-${PHASE}`, page, browser, [
  ...(PHASE === 'resubmit' ? resubmitSteps : submitSteps),
  [
    '没有页面错误',
    async () => check(pageErrors.length === 0, `页面错误：${pageErrors.join('；')}`),
  ],
])
await browser.close()
