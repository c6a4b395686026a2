// The configuration the serving process hands the page at /app-config.json (see vite.config.js).
// It is fetched once, before the app mounts, so components can read it synchronously.
let current = null

export async function loadRuntimeConfig() {
  const response = await fetch('/app-config.json', { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET /app-config.json answered ${response.status}`)
  const config = await response.json()
  current = Object.freeze({ ...config, defects: new Set(config.defects ?? []) })
}

export function runtimeConfig() {
  if (!current) throw new Error('runtime configuration read before loadRuntimeConfig() finished')
  return current
}

/** Seeded defects the app was started with (README.md); empty for the correct app. */
export const defects = {
  has: (name) => runtimeConfig().defects.has(name),
}
