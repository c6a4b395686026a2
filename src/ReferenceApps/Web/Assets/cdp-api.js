"use strict";
// The CDP API as the page calls it, signed in with the token the session left in localStorage. Every call resolves
// to its JSON body or throws an Error naming the HTTP status.
function createCdpApi({ apiBaseUrl, sessionKey }) {
  async function call(method, path) {
    const response = await fetch(new URL(path, apiBaseUrl), {
      method,
      headers: { Authorization: `Bearer ${localStorage.getItem(sessionKey) ?? ""}`, "Content-Type": "application/json" },
      body: method === "POST" ? "{}" : undefined,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }
  const segment = encodeURIComponent;
  return {
    me: () => call("GET", "v1/me"),
    customer: (customerId) => call("GET", `v1/leads/${segment(customerId)}`),
    ticketsOf: (customerId) => call("GET", `v1/leads/${segment(customerId)}/tickets`),
    associate: (customerId, ticketId) => call("POST", `v1/leads/${segment(customerId)}/tickets/${segment(ticketId)}`),
    allTickets: () => call("GET", "v1/tickets"),
  };
}
