using Cdp.TicketE2E.Steps.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;

namespace Cdp.TicketE2E.Steps.Channels.Web;

/// <summary>
/// Sends one embed message to the customer page, from the real form or from a page of another origin, and checks
/// that the page ignored it: the page's log shows the message arrived and was refused (the positive signal that
/// replaces a sleep), and nothing it could have changed did change.
/// </summary>
public sealed class EmbedMessageProbe(WebChannel web, TicketWorld world, ForeignOriginPage foreignOrigin, HarnessSettings settings)
{
    private SentMessage? last;

    /// <summary>The form (on the CRM origin) posts the envelope to the page.</summary>
    public async Task SendFromFormAsync(EmbedEnvelope envelope)
    {
        var page = await web.CustomerPageAsync();
        await RememberAsync(page, envelope, (await world.CrmAsync()).Origin);
        await new EmbedMessenger(await page.Panel.DocumentAsync()).SendAsync(envelope, page.Origin);
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
        var page = await web.CustomerPageAsync();
        var handledBefore = await page.TicketCreatedHandledCountAsync();
        await page.Panel.Form.SubmitAsync(title);
        await ExpectTicketCreatedHandledAsync(page, title, handledBefore + 1);
        var ticket = (await world.CrmAsync()).CreatedTickets.Single(t => t.Title == title);
        await web.OpenReadyTicketFormAsync();
        await new EmbedMessenger(await page.Panel.DocumentAsync()).SendAsync(EmbedContract.TicketCreatedFor(ticket.Id, ticket.Title), page.Origin);
        await ExpectTicketCreatedHandledAsync(page, title, handledBefore + 2);
    }

    private async Task ExpectTicketCreatedHandledAsync(CustomerPage page, string title, int handledCount)
    {
        if (await page.WaitForTicketCreatedHandledCountAsync(handledCount)) return;
        throw new ExpectationException(
            $"The form reported TICKET_CREATED for \"{title}\", but the customer page had not finished with the report " +
            $"{settings.Run.ExpectTimeoutSeconds} s later ({await page.TicketCreatedHandledCountAsync()} handled, {handledCount} expected). " +
            $"{await page.DescribeNoticesAsync()}");
    }

    /// <summary>A page of another origin, framed in the customer page, posts the envelope to it.</summary>
    public async Task SendFromOtherOriginAsync(EmbedEnvelope envelope)
    {
        var page = await web.CustomerPageAsync();
        await RememberAsync(page, envelope, (await foreignOrigin.SiteAsync()).Origin);
        await foreignOrigin.SendAsync(envelope);
    }

    /// <summary>Fails, saying what happened, unless the page refused the last message and changed nothing.</summary>
    public async Task ExpectIgnoredAsync()
    {
        var sent = last ?? throw new InvalidOperationException("No message was sent yet. Add a step like: When the ticket form sends EMBED_CLOSE.");
        var page = await web.CustomerPageAsync();
        var entry = await page.Traffic.WaitForInboundAsync(sent.Origin, sent.Envelope.Type, sent.ReceivedBefore)
            ?? throw new ExpectationException(
                $"The customer page never logged receiving {sent} within {settings.Run.ExpectTimeoutSeconds} s, so whether it ignored it " +
                "cannot be told. Did the message reach the page, and does the page still keep its message log?");
        var effects = new List<string>();
        if (entry.Accepted) effects.Add("it accepted the message");
        effects.AddRange((await page.SnapshotAsync()).ChangesSince(sent.Before));
        var calls = (await world.CrmAsync()).AssociationCalls.Count - sent.AssociationCallsBefore;
        if (calls > 0) effects.Add($"it made {calls} association call(s)");
        if (effects.Count > 0)
            throw new ExpectationException($"The customer page did not ignore {sent}: {string.Join("; ", effects)}.");
    }

    private async Task RememberAsync(CustomerPage page, EmbedEnvelope envelope, string origin) =>
        last = new SentMessage(envelope, origin,
            Before: await page.SnapshotAsync(),
            ReceivedBefore: (await page.Traffic.InboundAsync()).Count,
            AssociationCallsBefore: (await world.CrmAsync()).AssociationCalls.Count);

    private sealed record SentMessage(EmbedEnvelope Envelope, string Origin, CustomerPageSnapshot Before, int ReceivedBefore, int AssociationCallsBefore)
    {
        public override string ToString() => $"{Envelope.Type} from {Origin} (payload {System.Text.Json.JsonSerializer.Serialize(Envelope.Payload)})";
    }
}
