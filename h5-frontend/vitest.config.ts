import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('src', import.meta.url)) } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Component tests mount Element Plus forms; on a loaded 2-core machine one can take over vitest's 5 s default.
    testTimeout: 30_000,
    // Test files share a worker's module cache (Element Plus is transformed once, not per file);
    // setup.ts unmounts components and clears sessionStorage after every test.
    isolate: false,
    // Load the UI libraries through Vite so they share the test's single copy of Vue.
    server: { deps: { inline: ['element-plus', 'vant'] } },
  },
})
