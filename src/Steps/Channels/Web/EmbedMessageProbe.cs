using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Channels.Web;

/// <summary>
/// Sends embed messages to the customer page, from the real form or from a page of another origin, and decides from what
/// the harness itself sees whether the page ignored one: its capture saw the message arrive, a valid message sent after
/// it was visibly handled (the settle signal), the page's requests settled, and nothing it could have changed did change
/// (panel, frame height, notices, list loads, association calls).
/// </summary>
public sealed class EmbedMessageProbe(WebChannel web, WebSession session, TicketWorld world, ForeignOriginPage foreignOrigin, TargetContracts contracts)
{
    private SentMessage? last;

    private EmbedContract Contract => contracts.Embed;

    /// <summary>The form (on the CRM origin) posts the envelope to the page.</summary>
    public async Task SendFromFormAsync(EmbedEnvelope envelope)
    {
        var page = await web.CustomerPageAsync();
        await RememberAsync(page, envelope, new Uri((await page.Panel.DocumentAsync()).Url).GetLeftPart(UriPartial.Authority));
        await new EmbedMessenger(await page.Panel.DocumentAsync()).SendAsync(envelope, page.Origin);
    }

    /// <summary>A page of another origin, framed in the customer page, posts the envelope to it.</summary>
    public async Task SendFromOtherOriginAsync(EmbedEnvelope envelope)
    {
        var page = await web.CustomerPageAsync();
        await RememberAsync(page, envelope, (await foreignOrigin.SiteAsync()).Origin);
        await foreignOrigin.SendAsync(envelope);
    }

    /// <summary>A page of an origin that looks like CRM's form's, framed in the customer page, posts the envelope to it.</summary>
    public async Task SendFromLookAlikeAsync(LookAlikeOrigin kind, EmbedEnvelope envelope)
    {
        var page = await web.CustomerPageAsync();
        var crm = new Uri(new Uri((await page.Panel.DocumentAsync()).Url).GetLeftPart(UriPartial.Authority));
        var origin = await foreignOrigin.LookAlikeAsync(kind, crm);
        await RememberAsync(page, envelope, origin);
        await foreignOrigin.SendFromAsync(origin, envelope);
    }

    /// <summary>
    /// The user creates <paramref name="title"/> in the open form, which reports TICKET_CREATED for it; the form, opened
    /// again, reports the same ticket a second time. Returns once the page has finished with both reports, so what it did
    /// (or did not) do for the second one can be asserted.
    /// </summary>
    // Both reports cannot come from one opening of the form: the page closes the panel on the first, and Chromium
    // drops a message still in flight from the removed (out-of-process) frame, so the second would arrive only sometimes.
    public async Task CreateReportedTwiceAsync(string title)
    {
        await web.CreateTicketAsync(title);
        var ticket = (await world.BackendsAsync()).CreatedTickets.SingleOrDefault(t => t.Title == title)
            ?? throw new ExpectationException($"The form created \"{title}\", but CRM holds no such ticket for this customer.");
        await web.OpenReadyTicketFormAsync();
        await SendFromFormAsync(Contract.TicketCreatedFor(ticket.Id, ticket.Title));
        var page = await web.CustomerPageAsync();
        await ExpectDeliveredAsync(page, last!);
        await page.SettleAsync();
    }

    /// <summary>Fails, saying what happened, unless the page ignored the last message and changed nothing.</summary>
    public async Task ExpectIgnoredAsync()
    {
        var sent = last ?? throw new InvalidOperationException("No message was sent yet. Add a step like: When the ticket form sends EMBED_CLOSE.");
        var page = await web.CustomerPageAsync();
        await ExpectDeliveredAsync(page, sent);
        var delivered = await page.SnapshotAsync(); // a round trip: the page's handlers for the message have run
        if (delivered.PanelOpen) await SettleWithValidResizeAsync(page, sent, delivered);
        await page.SettleAsync();
        var settled = await page.SnapshotAsync();
        var effects = delivered.ChangesSince(sent.Before)
            .Union(settled.ChangesSince(sent.Before with { FrameHeight = settled.FrameHeight }))
            .ToList();
        var calls = (await world.BackendsAsync()).AssociationCalls.Count - sent.AssociationCallsBefore;
        if (calls > 0) effects.Add($"it made {calls} association call(s)");
        if (effects.Count > 0)
            throw new ExpectationException($"The customer page did not ignore {sent}: {string.Join("; ", effects)}.");
    }

    // A valid EMBED_RESIZE from the form after the message under test: once the page shows its height, the page has
    // handled everything that arrived before it, so "nothing changed" is a finding, not a guess.
    private async Task SettleWithValidResizeAsync(CustomerPage page, SentMessage sent, CustomerPageSnapshot delivered)
    {
        var current = (int)(delivered.FrameHeight ?? 300);
        var height = current < 600 ? current + 41 : current - 41; // a height nobody asked for yet
        await new EmbedMessenger(await page.Panel.DocumentAsync()).SendAsync(Contract.Resize(height), page.Origin);
        if (!await page.Panel.WaitForFrameHeightAsync(height))
            throw new ExpectationException(
                $"After {sent}, the page did not handle a valid {EmbedContract.EmbedResize} from the form within {session.Timeout.TotalSeconds:0.#} s " +
                $"(the frame stayed {await page.Panel.FrameHeightAsync()} px, not {height} px), so whether it ignored the message cannot be told: " +
                "the page stopped handling the form's messages.");
    }

    private async Task ExpectDeliveredAsync(CustomerPage page, SentMessage sent)
    {
        if (!await MessageCapture.WaitForReceivedAsync(page.Document, sent.Envelope.Type, sent.Origin, sent.ReceivedBefore))
            throw new ExpectationException(
                $"{sent} never reached the customer page within {session.Timeout.TotalSeconds:0.#} s (the harness's capture in the page did not " +
                "see it), so what the page does with it cannot be told.");
    }

    private async Task RememberAsync(CustomerPage page, EmbedEnvelope envelope, string origin) =>
        last = new SentMessage(envelope, origin,
            Before: await page.SnapshotAsync(),
            ReceivedBefore: await MessageCapture.CountReceivedAsync(page.Document, envelope.Type, origin),
            AssociationCallsBefore: (await world.BackendsAsync()).AssociationCalls.Count);

    private sealed record SentMessage(EmbedEnvelope Envelope, string Origin, CustomerPageSnapshot Before, int ReceivedBefore, int AssociationCallsBefore)
    {
        public override string ToString() => $"{Envelope.Type} from {Origin} (payload {System.Text.Json.JsonSerializer.Serialize(Envelope.Payload)})";
    }
}
