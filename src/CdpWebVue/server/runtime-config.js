import { readFileSync } from 'node:fs'
// The app's runtime configuration, read from the environment of the process serving it.
// The bundle is built once and started many times with different settings, so nothing here
// may end up in the build: the served page fetches the result as /app-config.json.

// Seeded defects the app can be started with (seeded-defects.json, README.md). A name that is not
// there is a typo, and a typo would silently start a correct app, so it fails the start instead.
export const KNOWN_DEFECTS = Object.keys(
  JSON.parse(readFileSync(new URL('../seeded-defects.json', import.meta.url), 'utf8')).defects,
)

// The tokens the HTML standard defines for <iframe sandbox>.
const SANDBOX_TOKENS = new Set([
  'allow-downloads', 'allow-forms', 'allow-modals', 'allow-orientation-lock', 'allow-pointer-lock',
  'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-presentation', 'allow-same-origin',
  'allow-scripts', 'allow-storage-access-by-user-activation', 'allow-top-navigation',
  'allow-top-navigation-by-user-activation', 'allow-top-navigation-to-custom-protocols',
])

export class RuntimeConfigError extends Error {
  constructor(message) {
    super(message)
    this.name = 'RuntimeConfigError'
    // A setting to fix, not a bug to trace: Vite prints the stack, so keep it to the message.
    this.stack = `${this.name}: ${message}`
  }
}

/** Builds the app's configuration from `env`; throws a RuntimeConfigError naming the variable at fault. */
export function runtimeConfigFromEnv(env) {
  // Unset and empty mean the same: "use the default".
  const text = (name, fallback) => {
    const value = (env[name] ?? '').trim()
    if (value) return value
    if (fallback === undefined) throw new RuntimeConfigError(`${name} is not set; the CDP web app cannot start without it.`)
    return fallback
  }

  const httpUrl = (name) => {
    const value = text(name)
    let url
    try {
      url = new URL(value)
    } catch {
      throw new RuntimeConfigError(`${name}="${value}" is not an absolute URL.`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new RuntimeConfigError(`${name}="${value}" must be an http(s) URL.`)
    }
    return url
  }

  const pixels = (name, fallback) => {
    const value = text(name, String(fallback))
    const number = Number(value)
    if (!Number.isFinite(number) || number < 0) throw new RuntimeConfigError(`${name}="${value}" is not a number of pixels (0 or more).`)
    return number
  }

  const apiBase = httpUrl('CDP_API_BASE_URL')
  // Paths are resolved against the base, so a base with a path prefix must end with "/" to keep it.
  if (!apiBase.pathname.endsWith('/')) apiBase.pathname += '/'

  const embedUrl = httpUrl('CDP_CRM_EMBED_URL')

  const sandbox = text('CDP_SANDBOX', 'allow-scripts allow-forms allow-same-origin').split(/\s+/)
  const badTokens = sandbox.filter((token) => !SANDBOX_TOKENS.has(token))
  if (badTokens.length) {
    throw new RuntimeConfigError(`CDP_SANDBOX has ${badTokens.map((t) => `"${t}"`).join(', ')}, not a sandbox token.`)
  }

  const resizeMin = pixels('CDP_RESIZE_MIN', 0)
  const resizeMax = pixels('CDP_RESIZE_MAX', 1200)
  if (resizeMin > resizeMax) throw new RuntimeConfigError(`CDP_RESIZE_MIN (${resizeMin}) is above CDP_RESIZE_MAX (${resizeMax}).`)

  const defects = text('CDP_DEFECTS', '').split(',').map((d) => d.trim()).filter(Boolean)
  const unknown = defects.filter((d) => !KNOWN_DEFECTS.includes(d))
  if (unknown.length) {
    throw new RuntimeConfigError(`CDP_DEFECTS names unknown defects: ${unknown.join(', ')}. Known: ${KNOWN_DEFECTS.join(', ')}.`)
  }

  return {
    apiBaseUrl: apiBase.href,
    crmEmbedUrl: embedUrl.href,
    embedSourceParam: text('CDP_EMBED_SOURCE_PARAM', 'embed_source'),
    embedSource: text('CDP_EMBED_SOURCE', 'cdp'),
    sandbox: sandbox.join(' '),
    resizeMin,
    resizeMax,
    sessionKey: text('CDP_SESSION_KEY', 'cdp.session'),
    createPermission: text('CDP_CREATE_PERMISSION', 'ticket.create'),
    ticketFlag: text('CDP_TICKET_FLAG', 'cdp_ticket_embed'),
    serverSideAssociationFlag: text('CDP_SERVER_SIDE_ASSOCIATION_FLAG', 'crm_ticket_auto_associate'),
    defects,
  }
}
