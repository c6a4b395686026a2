"use strict";
// The postMessage channel between the CDP page and the CRM embed, typed by the embed contract (data, read from
// contracts/embed-messages.json). Only the CRM origin is talked to and listened to; only the form's messages of the
// contract's version with a valid payload reach the page; everything else is ignored, with a console warning.
function createEmbedChannel({ contract, crmOrigin, defects, onMessage }) {
  const isObject = (value) => value !== null && typeof value === "object";
  const fromForm = (type) => contract.messages[type]?.from === "form";

  // The contract's field rules: required strings are non-empty, numbers finite and not below their minimum,
  // optional fields of the right type when present.
  function fieldProblem(name, spec, payload) {
    if (!(name in payload)) return spec.required ? `${name} is missing` : null;
    const value = payload[name];
    if (spec.type === "string") return typeof value !== "string" || (spec.required && !value) ? `${name} is not a usable string` : null;
    if (spec.type === "number") {
      return !Number.isFinite(value) || (spec.minimum !== undefined && value < spec.minimum) ? `${name} is not a usable number` : null;
    }
    return null;
  }

  function payloadProblem(type, payload) {
    if (defects.has("NoPayloadValidation")) return null;
    for (const [name, spec] of Object.entries(contract.messages[type].payload)) {
      const problem = fieldProblem(name, spec, payload);
      if (problem) return `${type}: ${problem}`;
    }
    return null;
  }

  // Exactly the CRM origin: scheme, host and port. The defects are the look-alike checks a page could get wrong.
  function originAccepted(origin) {
    const crmHost = new URL(crmOrigin).hostname;
    if (defects.has("NoOriginCheck")) return true;
    if (defects.has("OriginHostOnlyCheck")) return new URL(origin).hostname === crmHost;
    if (defects.has("OriginContainsCheck")) return origin.includes(crmHost);
    return origin === crmOrigin;
  }

  // Why a message must be ignored, or null when it is a well-formed message from the CRM embed.
  function problemWith(event) {
    if (!originAccepted(event.origin)) return `origin ${event.origin} is not the CRM origin ${crmOrigin}`;
    const data = event.data;
    if (!isObject(data) || typeof data.type !== "string") return "not a { type, version, payload } envelope";
    if (!fromForm(data.type) && !defects.has("AcceptsUnknownTypes")) return `${data.type} is not a message the form sends`;
    if (data.version !== contract.version && !defects.has("AcceptsAnyVersion")) return `unsupported contract version ${data.version}`;
    if (!isObject(data.payload)) return "the payload is not an object";
    return fromForm(data.type) ? payloadProblem(data.type, data.payload) : null;
  }

  window.addEventListener("message", (event) => {
    const problem = problemWith(event);
    if (problem) console.warn(`[cdp-embed] ignored a message: ${problem}`);
    else onMessage(event.data.type, event.data.payload);
  });

  // The payload field of a message that carries a meaning, as the contract names it.
  const field = (type, meaning) =>
    Object.keys(contract.messages[type].payload).find((name) => contract.messages[type].payload[name].meaning === meaning);

  return {
    field,
    sendInit(frameWindow, customerId, embedSource) {
      const payload = { [field("EMBED_INIT", "embedSource")]: embedSource };
      if (!defects.has("InitWithoutCustomerId")) payload[field("EMBED_INIT", "customerId")] = customerId;
      // Never "*": a navigated or hijacked frame must not receive the customer context.
      const targetOrigin = defects.has("WildcardTargetOrigin") ? "*" : crmOrigin;
      frameWindow.postMessage({ type: "EMBED_INIT", version: contract.version, payload }, targetOrigin);
    },
  };
}
