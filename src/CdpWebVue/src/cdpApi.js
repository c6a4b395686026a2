// The CDP API calls this page makes. Every call carries the user's token as a bearer token.
export class ApiError extends Error {
  constructor(method, path, status, detail) {
    super(`${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`)
    this.name = 'ApiError'
    this.status = status
  }
}

export function createCdpApi({ baseUrl, token }) {
  async function call(method, path) {
    // Relative to the base, so a base URL with a path prefix keeps it.
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    })
    const body = await response.json().catch(() => null)
    if (!response.ok) throw new ApiError(method, path, response.status, body?.error)
    return body
  }

  const id = encodeURIComponent
  return {
    me: () => call('GET', 'v1/me'),
    lead: (customerId) => call('GET', `v1/leads/${id(customerId)}`),
    leadTickets: (customerId) => call('GET', `v1/leads/${id(customerId)}/tickets`),
    linkTicket: (customerId, ticketId) => call('POST', `v1/leads/${id(customerId)}/tickets/${id(ticketId)}`),
    allTickets: () => call('GET', 'v1/tickets'),
  }
}
