// End-to-end 手机扫码上传 journey with two browser contexts against a running gateway:
// the unit operator's PC page (1366 px) shows a slot's QR code → a phone-sized context (375 px) opens
// the link, sees whose declaration and which slot, uploads a photo → the PC page shows the photo within
// two seconds, without a reload → full-screen display copy, full-resolution download → a revoked link
// is refused on the phone. axe-core checks the material panel, the QR dialog and the phone page.
// Usage: BASE_URL=… DECLARATION_ID=… WORKER_NAME=… PHOTO_PATH=/tmp/photo.jpg node e2e/materials.mjs
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { BASE_URL, check, openBrowser, runSteps } from './browser.mjs'

const PASSWORD = 'Gk@123456'
const DECLARATION_ID = process.env.DECLARATION_ID
const WORKER_NAME = process.env.WORKER_NAME
const PHOTO_PATH = process.env.PHOTO_PATH
check(DECLARATION_ID && WORKER_NAME && PHOTO_PATH, 'DECLARATION_ID, WORKER_NAME and PHOTO_PATH are required')
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const { browser, page: pc, pageErrors } = await openBrowser({ width: 1366, height: 900 })
const phoneContext = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })
phoneContext.setDefaultTimeout(15_000)
const phone = await phoneContext.newPage()
phone.on('pageerror', (e) => pageErrors.push(`phone: ${e.message}`))

const on = (page) => (id) => page.locator(`[data-test="${id}"]`)
const atPc = on(pc)
const atPhone = on(phone)
const input = (id) => pc.locator(`input[data-test="${id}"], [data-test="${id}"] input`).first()
const thumbs = () => pc.locator('[data-test="material-slot-ID_CARD"] [data-test="material-thumb"] img')

/** axe-core (WCAG 2 A/AA) on the part of the page named by selector; evaluated over CDP, so the page's CSP stays on. */
async function axe(page, selector, label) {
  // a dialog fading in blends its colours with the overlay: judge the page once it is still
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5000 })
    .catch(() => {})
  await page.evaluate(AXE)
  const violations = await page.evaluate(
    async (context) => (await window.axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations
      .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`),
    selector,
  )
  check(violations.length === 0, `${label} 的无障碍检查未通过：\n${violations.join('\n')}`)
}

let link = ''
let uploadedAt = 0
let shownAfter = -1

await runSteps('materials', pc, browser, [
  [
    '电脑：单位经办人 danwei 登录，打开退回补充的申报详情，看到材料栏目',
    async () => {
      await pc.goto(`${BASE_URL}/console/#/login`)
      await input('login-username').fill('danwei')
      await input('login-password').fill(PASSWORD)
      await atPc('login-submit').click()
      await atPc('current-user').waitFor()
      await pc.goto(`${BASE_URL}/console/#/declarations/${DECLARATION_ID}`)
      await atPc('material-slot-ID_CARD').waitFor()
      const count = await thumbs().count()
      check(count === 0, `身份证栏目应尚无照片，实际 ${count} 张`)
      await pc.evaluate(() => (window.__samePage = true))
      await axe(pc, '[data-test="materials"]', '申报材料区')
    },
  ],
  [
    '电脑：点击“手机扫码上传”，弹出服务器生成的二维码',
    async () => {
      await atPc('material-scan-ID_CARD').click()
      await atPc('scan-qr').waitFor()
      const width = await atPc('scan-qr').evaluate((img) => img.complete && img.naturalWidth)
      check(width > 100, '二维码图片应已显示')
      link = (await atPc('scan-link').innerText()).trim()
      check(link.startsWith(`${BASE_URL}/h5/#/scan/`), `二维码链接应指向 H5 上传页，实际为 ${link}`)
      await axe(pc, '.el-dialog', '扫码上传对话框')
    },
  ],
  [
    '手机（375 px）：打开链接，看到申报人（姓名、脱敏身份证号）和材料栏目',
    async () => {
      await phone.goto(link)
      await atPhone('scan-worker').waitFor()
      const worker = await atPhone('scan-worker').innerText()
      check(worker.includes(WORKER_NAME), `应显示申报人 ${WORKER_NAME}，实际为 ${worker}`)
      const id = await atPhone('scan-id-number').innerText()
      check(/\*{6,}/.test(id), `身份证号应脱敏显示，实际为 ${id}`)
      check((await atPhone('scan-slot').innerText()).includes('身份证'), '应显示上传到“身份证”栏目')
      const capture = await atPhone('scan-camera').locator('input[type=file]').getAttribute('capture')
      check(capture === 'camera', `拍照上传应调用相机（capture="camera"），实际为 ${capture}`)
      await axe(phone, 'body', '手机扫码上传页')
    },
  ],
  [
    '手机：从相册选择一张照片上传',
    async () => {
      await atPhone('scan-album').locator('input[type=file]').setInputFiles(PHOTO_PATH)
      await atPhone('scan-sent').filter({ hasText: '已上传' }).first().waitFor()
      uploadedAt = Date.now()
    },
  ],
  [
    '电脑：照片在两秒内自动出现在页面上（未刷新页面）',
    async () => {
      await thumbs().first().waitFor({ state: 'visible', timeout: 2000 })
      await pc.waitForFunction(() => [...document.querySelectorAll('[data-test="material-thumb"] img')].some((img) => img.complete && img.naturalWidth > 0), null, { timeout: 2000 - (Date.now() - uploadedAt) })
      shownAfter = Date.now() - uploadedAt
      check(shownAfter < 2000, `照片应在 2 秒内出现，实际 ${shownAfter} ms`)
      check(await pc.evaluate(() => window.__samePage === true), '电脑页面不应刷新')
      const received = await atPc('scan-received').innerText()
      check(received.includes('1 个文件'), `二维码对话框应显示已收到 1 个文件，实际为 ${received}`)
      check(pageErrors.length === 0, `页面错误：${pageErrors.join('; ')}`)
    },
  ],
  [
    '电脑：全屏查看显示图，下载原图',
    async () => {
      await pc.locator('.el-dialog:visible .el-dialog__headerbtn').first().click()
      await atPc('material-thumb').first().click()
      const viewer = pc.locator('.el-image-viewer__wrapper img')
      await viewer.first().waitFor()
      const size = await viewer.first().evaluate((img) => img.naturalWidth)
      check(size > 320, `全屏应显示大图（显示图），实际宽 ${size}`)
      await pc.keyboard.press('Escape')
      await viewer.first().waitFor({ state: 'detached' })
      const [download] = await Promise.all([pc.waitForEvent('download'), atPc('material-download').first().click()])
      check(download.suggestedFilename().endsWith('.jpg'), `原图应下载为 .jpg，实际为 ${download.suggestedFilename()}`)
    },
  ],
  [
    '电脑：生成新二维码后作废；手机打开作废的链接被拒绝',
    async () => {
      await atPc('material-scan-ID_CARD').click()
      await atPc('scan-qr').waitFor()
      const revoked = (await atPc('scan-link').innerText()).trim()
      check(revoked !== link, '每次生成的链接应不同')
      await atPc('scan-revoke').click()
      await pc.locator('.el-message', { hasText: '二维码已作废' }).first().waitFor()
      await phone.evaluate(() => sessionStorage.clear())
      await phone.goto(revoked)
      await phone.reload()
      await atPhone('scan-error').waitFor()
      const text = await atPhone('scan-error').innerText()
      check(text.includes('作废'), `作废的二维码应被拒绝，实际提示：${text}`)
    },
  ],
])

console.log(`RESULT ${JSON.stringify({ shownAfterMs: shownAfter })}`)
await browser.close()
