namespace Cdp.TicketE2E.Fakes.Mobile;

/// <summary>One <c>POST /v2.8/tickets</c> the app made, with the ticket it produced (null when creation failed).</summary>
/// <param name="Title">The body's <c>name</c>.</param>
/// <param name="QontakCustomerIds">The body's <c>qontak_customer_ids</c> as sent (the pre-filled contact, when OQ-M2 allows it).</param>
/// <param name="Ticket">The created ticket as it was made; null when the fake answered an error.</param>
/// <param name="StatusAnswered">201 on success, otherwise the failure a scenario configured.</param>
/// <param name="PipelineId">The body's <c>pipeline_id</c> (the create screen's <c>CreateTicketArgument(pipelineId)</c>); null when none was sent.</param>
public sealed record MobileTicketCreation(string Title, IReadOnlyList<string> QontakCustomerIds, FakeTicket? Ticket, int StatusAnswered, string? PipelineId = null);
