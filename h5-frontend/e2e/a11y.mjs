// Accessibility checks for the end-to-end scripts: axe-core on the page as it stands (no serious or
// critical violation allowed), and keyboard reachability (Tab reaches the named controls).
// axe is evaluated through the DevTools protocol, so the gateway's Content-Security-Policy stays on.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core (WCAG 2 A/AA rules) on the page, or only within the element matched by the CSS selector
 * {@code within}; throws naming every serious or critical violation.
 */
export async function checkAxe(page, where, within = null) {
  // a dialog fading in or out blends its colours with the overlay: judge the page once it is still
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5000 })
    .catch(() => {})
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined')
  if (!loaded) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 200)}`).join('\n   | ')}`)
  }, within)
  if (violations.length) throw new Error(`axe-core，${where}：\n${violations.join('\n')}`)
}

/**
 * Presses Tab from the top of the page until every control named by data-test has had the focus
 * (the focused element or one of its ancestors carries the data-test); throws naming those never reached.
 */
export async function checkKeyboardReach(page, testIds, maxTabs = 150) {
  const missing = new Set(testIds)
  await page.evaluate(() => {
    document.activeElement?.blur?.()
    window.scrollTo(0, 0)
  })
  await page.locator('body').focus().catch(() => {})
  for (let i = 0; i < maxTabs && missing.size; i++) {
    await page.keyboard.press('Tab')
    const reached = await page.evaluate(() => {
      const names = []
      for (let e = document.activeElement; e; e = e.parentElement) {
        const name = e.getAttribute && e.getAttribute('data-test')
        if (name) names.push(name)
      }
      return names
    })
    for (const name of reached) missing.delete(name)
  }
  if (missing.size) throw new Error(`键盘（Tab）无法到达：${[...missing].join('、')}`)
}
