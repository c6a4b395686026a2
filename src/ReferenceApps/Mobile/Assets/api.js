// The app's backend calls, signed in with the token the session left in localStorage. POST/PUT /v2.8/tickets are
// the mobile PRD's; the other calls are this reference app's choice (docs/fake-services.md). Every call resolves to
// { ok, status, body }.
window.MobileApi = function createApi(baseUrl, sessionKey) {
  async function call(method, path, body) {
    try {
      const response = await fetch(new URL(path, baseUrl), {
        method,
        headers: {
          Authorization: `Bearer ${localStorage.getItem(sessionKey) ?? ""}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { ok: response.ok, status: response.status, body: text ? JSON.parse(text) : null };
    } catch (error) {
      return { ok: false, status: 0, body: { error: error.message } };
    }
  }
  const id = (value) => encodeURIComponent(value);
  return {
    me: () => call("GET", "v2.8/me"),
    contact: (contactId) => call("GET", `v2.8/customers/${id(contactId)}`),
    ticketsOf: (contactId) => call("GET", `v2.8/tickets?qontak_customer_id=${id(contactId)}`),
    allTickets: () => call("GET", "v2.8/tickets"),
    searchCustomers: (text) => call("GET", `v2.8/customers?search=${id(text)}`),
    createTicket: (name, customerIds, pipelineId) => call("POST", "v2.8/tickets", { name, qontak_customer_ids: customerIds, pipeline_id: pipelineId }),
    updateCustomers: (ticketId, customerIds) => call("PUT", `v2.8/tickets/${id(ticketId)}`, { qontak_customer_ids: customerIds }),
  };
};
