// One Vite project, two pages: `--mode h5` builds the applicant app (Vant) into dist/h5 under /h5/,
// `--mode console` the desktop console (Element Plus) into dist/console under /console/.
// Each page is built on its own so its assets live under its own base and nothing is shared
// between the two (different UI libraries, different CSS).
// `vite preview` serves the whole dist/ so both pages can be opened at once.
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'

const APPS = ['h5', 'console'] as const
type App = (typeof APPS)[number]

/**
 * Vant's icon font is embedded (woff2 data URI) with a fallback on a public CDN. The gateway's
 * Content-Security-Policy allows fonts only from itself, and intranet users cannot reach the CDN:
 * drop the fallback from the built CSS.
 */
function withoutFontCdn(): Plugin {
  return {
    name: 'gk-without-font-cdn',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') {
          file.source = file.source.replace(/,\s*url\(\s*["']?(?:https?:)?\/\/at\.alicdn\.com[^)]*\)\s*format\(["']?woff["']?\)/g, '')
        }
      }
    },
  }
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const apiProxy = {
  '/api': { target: process.env.GK_API_TARGET ?? 'http://127.0.0.1:8080', changeOrigin: false },
}

export default defineConfig(({ mode, isPreview }) => {
  const app: App = (APPS as readonly string[]).includes(mode) ? (mode as App) : 'h5'
  return {
    root: isPreview ? here('.') : here(`src/${app}`),
    base: isPreview ? '/' : `/${app}/`,
    envDir: here('.'),
    publicDir: false,
    plugins: [vue(), withoutFontCdn()],
    resolve: { alias: { '@': here('src') } },
    server: { port: app === 'h5' ? 5173 : 5174, proxy: apiProxy },
    preview: { port: 4173, proxy: apiProxy },
    build: {
      outDir: isPreview ? here('dist') : here(`dist/${app}`),
      emptyOutDir: true,
      // Element Plus and Vant are installed whole; their chunks are large by design.
      chunkSizeWarningLimit: 1500,
    },
  }
})
