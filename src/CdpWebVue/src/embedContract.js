// The embed message contract between this page (host) and CRM's create-ticket form, read from the
// versioned contract file CRM owns. Nothing here names a message type or a payload field: the
// contract is provisional, and when CRM changes it only that file may change. Each message is
// recognised by its role, and each field by its `meaning`.
import contract from '../../../contracts/embed-messages.json' with { type: 'json' }

const messages = Object.entries(contract.messages).map(([type, spec]) => ({
  type,
  from: spec.from,
  fields: Object.entries(spec.payload ?? {}).map(([name, rule]) => ({ name, ...rule })),
}))

const carries = (message, meaning) => message.fields.some((field) => field.meaning === meaning)

// What each message does for this page, told by who sends it and what its payload means.
const ROLES = {
  init: (m) => m.from === 'host' && carries(m, 'customerId'),
  created: (m) => m.from === 'form' && carries(m, 'ticketId'),
  createError: (m) => m.from === 'form' && carries(m, 'errorMessage'),
  resize: (m) => m.from === 'form' && carries(m, 'height'),
  close: (m) => m.from === 'form' && m.fields.length === 0,
}

// One message per role, or the page cannot work with this contract: fail loudly (the build imports this too).
const byRole = Object.fromEntries(
  Object.entries(ROLES).map(([role, fits]) => {
    const found = messages.filter(fits)
    if (found.length !== 1) {
      throw new Error(`embed-messages.json v${contract.version}: expected exactly one message for "${role}", found ${found.length}.`)
    }
    return [role, found[0]]
  }),
)

const formMessagesByType = new Map(
  Object.entries(byRole)
    .filter(([, message]) => message.from === 'form')
    .map(([role, message]) => [message.type, { role, message }]),
)

export const contractVersion = contract.version

// How the form says it cannot sign the user in (OQ-2, provisional): a create error with this code.
export const authFailureCode = contract.signals?.authFailure?.code

const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

// typeof for the contract's type names; "object" excludes null and arrays, as a payload must.
function hasType(value, type) {
  if (type === 'object') return isPlainObject(value)
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value)
  return typeof value === type
}

// The contract's fieldRules: required strings are not empty, numbers are finite and not below
// their minimum, an optional field may be absent but has its type when present.
function fieldProblem(field, payload) {
  if (!Object.hasOwn(payload, field.name) || payload[field.name] === undefined) {
    return field.required ? `${field.name} is missing` : null
  }
  const value = payload[field.name]
  if (!hasType(value, field.type)) return `${field.name} is not a ${field.type}`
  if (field.type === 'string' && field.required && value === '') return `${field.name} is empty`
  if (field.type === 'number' && typeof field.minimum === 'number' && value < field.minimum) {
    return `${field.name} is below ${field.minimum}`
  }
  return null
}

/**
 * Reads a message posted by the form. Returns { ok: true, role, type, values } where values are keyed
 * by meaning (ticketId, title, errorMessage, height, ...), or { ok: false, reason }.
 */
export function readFormMessage(data) {
  if (!isPlainObject(data)) return { ok: false, reason: 'not a { type, version, payload } envelope' }
  for (const [name, type] of Object.entries(contract.envelope.fields)) {
    if (!hasType(data[name], type)) return { ok: false, reason: `envelope field ${name} is not a ${type}` }
  }
  const known = formMessagesByType.get(data.type)
  if (!known) return { ok: false, reason: `${data.type} is not a message the form sends` }
  if (data.version !== contract.version) {
    return { ok: false, reason: `${data.type} has version ${data.version}, the contract is ${contract.version}` }
  }
  const values = {}
  for (const field of known.message.fields) {
    const problem = fieldProblem(field, data.payload)
    if (problem) return { ok: false, reason: `${data.type}: ${problem}` }
    if (Object.hasOwn(data.payload, field.name)) values[field.meaning] = data.payload[field.name]
  }
  return { ok: true, role: known.role, type: data.type, values }
}

/** The envelope telling the form its context; `values` is keyed by meaning (customerId, embedSource). */
export function buildInitMessage(values) {
  const { type, fields } = byRole.init
  const payload = {}
  for (const field of fields) {
    const value = values[field.meaning]
    if (value === undefined || value === null) {
      if (field.required) throw new Error(`${type} needs ${field.meaning} (${field.name})`)
      continue
    }
    payload[field.name] = value
  }
  return { type, version: contract.version, payload }
}
