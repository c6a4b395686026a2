"use strict";
// The postMessage channel between the CDP page and the CRM embed. Only the CRM origin is talked to
// and listened to; everything else is ignored with a reason. Every message in either direction is logged
// in window.__cdpEmbedLog ({ direction, origin, type, accepted, reason }) as evidence for the harness.
function createEmbedChannel({ crmOrigin, defects, onMessage }) {
  const types = EMBED_CONTRACT.types;
  const inbound = new Set([types.TICKET_CREATED, types.EMBED_CLOSE, types.TICKET_CREATE_ERROR, types.EMBED_RESIZE]);
  const log = (window.__cdpEmbedLog = window.__cdpEmbedLog || []);
  const isObject = (value) => value !== null && typeof value === "object";

  function record(entry) {
    log.push(entry);
    if (!entry.accepted) {
      console.warn(`[cdp-embed] ignored ${entry.type ?? "message"} from ${entry.origin}: ${entry.reason}`);
    }
  }

  function payloadProblem(type, payload) {
    if (defects.has("NoPayloadValidation")) return null;
    switch (type) {
      case types.TICKET_CREATED:
        return typeof payload.ticketId === "string" && payload.ticketId ? null : "TICKET_CREATED without a ticketId";
      case types.TICKET_CREATE_ERROR:
        return typeof payload.message === "string" ? null : "TICKET_CREATE_ERROR without a message";
      case types.EMBED_RESIZE:
        return Number.isFinite(payload.height) && payload.height >= 0 ? null : "EMBED_RESIZE without a usable height";
      default:
        return null;
    }
  }

  // Returns why a message must be ignored, or null when it is a well-formed message from the CRM embed.
  function problemWith(event) {
    if (event.origin !== crmOrigin && !defects.has("NoOriginCheck")) {
      return `origin ${event.origin} is not the CRM origin ${crmOrigin}`;
    }
    const data = event.data;
    if (!isObject(data) || typeof data.type !== "string") return "malformed: not a { type, version, payload } envelope";
    if (!inbound.has(data.type) && !defects.has("AcceptsUnknownTypes")) return `unknown message type ${data.type}`;
    if (data.version !== EMBED_CONTRACT.version) return `unsupported contract version ${data.version}`;
    if (!isObject(data.payload)) return "malformed: payload is not an object";
    return payloadProblem(data.type, data.payload);
  }

  window.addEventListener("message", (event) => {
    const problem = problemWith(event);
    const type = isObject(event.data) && typeof event.data.type === "string" ? event.data.type : null;
    record({ direction: "in", origin: event.origin, type, accepted: !problem, reason: problem ?? "" });
    if (!problem) onMessage(event.data.type, event.data.payload);
  });

  return {
    sendInit(frameWindow, customerId) {
      // Never "*": a navigated or hijacked frame must not receive the customer context.
      const targetOrigin = defects.has("WildcardTargetOrigin") ? "*" : crmOrigin;
      const payload = defects.has("InitWithoutCustomerId") ? { embedSource: "cdp" } : { qontakCustomerId: customerId, embedSource: "cdp" };
      frameWindow.postMessage({ type: types.EMBED_INIT, version: EMBED_CONTRACT.version, payload }, targetOrigin);
      record({ direction: "out", origin: targetOrigin, type: types.EMBED_INIT, accepted: true, reason: "" });
    },
  };
}
