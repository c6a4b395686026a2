import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { runtimeConfigFromEnv } from './server/runtime-config.js'
// Imported here too so that a contract the app cannot read fails the build, not the first page view.
import './src/embedContract.js'

// Serves GET /app-config.json from the serving process's environment. The bundle is built once and
// started many times with different settings, so configuration must not be baked into it.
function runtimeConfigPlugin() {
  const install = (server) => {
    // Read once, at start: a missing or bad variable stops the server here, naming the variable.
    const body = JSON.stringify(runtimeConfigFromEnv(process.env))
    server.middlewares.use('/app-config.json', (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next()
      res.setHeader('Content-Type', 'application/json; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      res.end(req.method === 'HEAD' ? undefined : body)
    })
  }
  return { name: 'cdp-runtime-config', configureServer: install, configurePreviewServer: install }
}

export default defineConfig({
  plugins: [vue(), runtimeConfigPlugin()],
  server: {
    // The embed message contract lives at the repository's contracts/, outside this project.
    fs: { allow: ['.', fileURLToPath(new URL('../../contracts', import.meta.url))] },
  },
})
