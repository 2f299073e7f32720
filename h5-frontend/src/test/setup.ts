// Runs before every test file (files share a worker's module cache: isolate=false).
import { afterEach } from 'vitest'
import { disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils'

// async-validator (used by Element Plus forms) reports every failed rule on console.warn in
// development builds; the tests assert the messages on the page instead.
const warn = console.warn
if (!(warn as { quiet?: boolean }).quiet) {
  console.warn = Object.assign(
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('async-validator:')) return
      warn(...args)
    },
    { quiet: true },
  )
}

disableAutoUnmount()
enableAutoUnmount(afterEach)

afterEach(() => {
  sessionStorage.clear()
  document.body.innerHTML = ''
})
