// Shared plumbing of the end-to-end scripts: headless Chromium, named steps, screenshots,
// and a clear failure message (exit code 1) when a step does not reach its outcome.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '')
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function openBrowser(viewport) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  const pageErrors = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  // The gateway sends a Content-Security-Policy: anything it blocks counts as a page error.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text())
  })
  return { browser, page, pageErrors }
}

/** Runs the steps in order; on the first failure prints which step failed and why, and exits 1. */
export async function runSteps(name, page, browser, steps) {
  if (SCREENSHOT_DIR) mkdirSync(SCREENSHOT_DIR, { recursive: true })
  let n = 0
  for (const [title, action] of steps) {
    n += 1
    const started = Date.now()
    try {
      await action()
      console.log(`ok   ${n}. ${title} (${Date.now() - started} ms)`)
      await screenshot(page, `${name}-${String(n).padStart(2, '0')}`)
    } catch (error) {
      console.error(`FAIL ${n}. ${title}\n     ${error.message.split('\n').slice(0, 6).join('\n     ')}`)
      console.error(`     page: ${page.url()}`)
      await screenshot(page, `${name}-${String(n).padStart(2, '0')}-failed`)
      await browser.close()
      process.exit(1)
    }
  }
}

async function screenshot(page, file) {
  if (!SCREENSHOT_DIR) return
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${file}.png`), fullPage: true }).catch(() => {})
}

/** Throws with a readable message unless the condition holds. */
export function check(condition, message) {
  if (!condition) throw new Error(message)
}
