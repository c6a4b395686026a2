// The embed message contract as CDP speaks it: type names and version live here and only here,
// so a versioned contract file can replace this block when CRM freezes the real contract.
const EMBED_CONTRACT = Object.freeze({
  version: "0.1",
  types: Object.freeze({
    EMBED_INIT: "EMBED_INIT",
    TICKET_CREATED: "TICKET_CREATED",
    EMBED_CLOSE: "EMBED_CLOSE",
    TICKET_CREATE_ERROR: "TICKET_CREATE_ERROR",
    EMBED_RESIZE: "EMBED_RESIZE",
  }),
});
