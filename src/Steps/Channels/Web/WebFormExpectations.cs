using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Contracts;
using Cdp.TicketE2E.Steps.Drivers.Web;
using Cdp.TicketE2E.Steps.World;
using FluentAssertions;

namespace Cdp.TicketE2E.Steps.Channels.Web;

/// <summary>What only the web page can be asked about its embedded form: its frame, its height, the messages it got, how it was requested.</summary>
public sealed class WebFormExpectations(WebChannel web, WebSession session, TicketWorld world, ForeignOriginPage foreignOrigin,
    TargetContracts contracts, HarnessSettings settings)
{
    private double Seconds => session.Timeout.TotalSeconds;

    /// <summary>The form's frame carries exactly the configured sandbox tokens.</summary>
    public async Task ExpectSandboxedAsync()
    {
        var sandbox = await (await web.CustomerPageAsync()).Panel.SandboxAsync()
            ?? throw new ExpectationException("The ticket form's frame has no sandbox attribute: CRM's form runs with the customer page's full powers.");
        var expected = settings.Web.ParsedSandboxTokens();
        var actual = sandbox.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        actual.Should().BeEquivalentTo(expected,
            "the form's frame must be sandboxed with exactly the configured tokens (E2E:Web:SandboxTokens); it has sandbox=\"{0}\"", sandbox);
    }

    /// <summary>The panel shows its loading state while the form is not there yet.</summary>
    public async Task ExpectLoadingShownAsync()
    {
        var panel = (await web.CustomerPageAsync()).Panel;
        if (!await panel.WaitLoadingShownAsync())
            throw new ExpectationException($"While CRM's form had not loaded, the panel showed no loading state within {Seconds:0.#} s.");
    }

    /// <summary>The form's frame is this many pixels high.</summary>
    public async Task ExpectFormHeightAsync(int pixels)
    {
        var panel = (await web.CustomerPageAsync()).Panel;
        if (await panel.WaitForFrameHeightAsync(pixels)) return;
        throw new ExpectationException($"The ticket form should be {pixels} px high after EMBED_RESIZE, but it is {await panel.FrameHeightAsync()} px.");
    }

    /// <summary>The frame is as high as the panel's largest or smallest allowed height (E2E:Web:ResizeMax / ResizeMin).</summary>
    public Task ExpectFormAtBoundAsync(string bound) => ExpectFormHeightAsync(bound switch
    {
        "largest" => settings.Web.ResizeMax,
        "smallest" => settings.Web.ResizeMin,
        _ => throw new ArgumentException($"'{bound}' is not a bound of the panel; say largest or smallest.", nameof(bound)),
    });

    /// <summary>The user is told ticket creation is unavailable (the form could not sign them in, OQ-2).</summary>
    public async Task ExpectCreationUnavailableAsync()
    {
        var page = await web.CustomerPageAsync();
        if (!await page.WaitForCreationUnavailableNoticeAsync())
            throw new ExpectationException(
                $"CRM's form said it could not sign the user in, but the page did not tell the user ticket creation is unavailable within {Seconds:0.#} s. " +
                await page.DescribeNoticesAsync());
    }

    /// <summary>The user sees an error notice saying the ticket was not created.</summary>
    public async Task ExpectNotCreatedNoticeAsync()
    {
        var page = await web.CustomerPageAsync();
        if (!await page.WaitForErrorNoticeAsync())
            throw new ExpectationException($"The user was not told the ticket was not created: no error notice within {Seconds:0.#} s. {await page.DescribeNoticesAsync()}");
    }

    /// <summary>The form's document received EMBED_INIT from the customer page, well-formed and for this customer.</summary>
    public async Task ExpectFormReceivedInitAsync()
    {
        var page = await web.CustomerPageAsync();
        var form = await page.Panel.DocumentAsync();
        if (!await MessageCapture.WaitForReceivedAsync(form, EmbedContract.EmbedInit))
            throw new ExpectationException($"The ticket form received no {EmbedContract.EmbedInit} within {Seconds:0.#} s of opening, so it does not know the customer.");
        var init = (await MessageCapture.ReceivedByAsync(form)).First(m => m.Type == EmbedContract.EmbedInit);
        init.Origin.Should().Be(page.Origin, "{0} must come from the customer page itself", EmbedContract.EmbedInit);
        contracts.Embed.ProblemsWithInit(init.Data, world.RequireCustomer().Id).Should().BeEmpty(
            "the form must be told the customer's id in the shape contract {0} requires; it received {1}", contracts.Embed.Version, init.Data);
    }

    /// <summary>The frame was sent to another origin, and the page's EMBED_INIT did not reach it.</summary>
    public async Task ExpectOtherOriginGotNoInitAsync()
    {
        var page = await web.CustomerPageAsync();
        var foreign = (await foreignOrigin.SiteAsync()).Origin;
        // The page greets whatever loaded in the frame from the frame's load event, which the harness's capture sees first;
        // a round trip later the page's own handler has run.
        await MessageCapture.WaitForFrameLoadsAsync(page.Document, 1);
        await page.SettleAsync();
        var framed = await page.Panel.DocumentAsync();
        if (!framed.Url.StartsWith(foreign, StringComparison.Ordinal))
            throw new InvalidOperationException($"The frame shows {framed.Url}, not the page of another origin: the redirect did not happen, so this proves nothing.");
        var marker = Guid.NewGuid().ToString("N");
        await page.Panel.PostMarkerToFrameAsync(marker);
        var leaked = (await ForeignOriginPage.ReceivedUpToMarkerAsync(framed, marker)).Where(m => m.Type == EmbedContract.EmbedInit).ToList();
        if (leaked.Count > 0)
            throw new ExpectationException(
                $"The page of another origin ({foreign}) that the form's frame was redirected to received {EmbedContract.EmbedInit} " +
                $"with {leaked[0].Data}: the customer page gave the customer's context to a page that is not CRM's form. " +
                $"{EmbedContract.EmbedInit} must be addressed to the CRM origin only (a target origin of \"*\" reaches whatever the frame shows).");
    }

    /// <summary>The browser requested CRM's form with the configured embed-source marker (OQ-3).</summary>
    public async Task ExpectRequestedWithEmbedSourceAsync()
    {
        await (await web.CustomerPageAsync()).Panel.WaitLoadedAsync();
        var formRequest = contracts.Web.Request(WebRequests.CrmForm);
        var requests = session.Network.Requests.Where(r => formRequest.Matches(r.Method, r.Url)).ToList();
        requests.Should().NotBeEmpty("opening the ticket form requests CRM's form page ({0})", formRequest);
        requests.Select(r => System.Web.HttpUtility.ParseQueryString(new Uri(r.Url).Query)[settings.Web.EmbedSourceParameter])
            .Should().AllBe(settings.Web.EmbedSourceValue,
                "CRM allows the form only for known embedding sources, so each request must carry {0}={1} (OQ-3); requested: {2}",
                settings.Web.EmbedSourceParameter, settings.Web.EmbedSourceValue, string.Join(", ", requests.Select(r => r.Url)));
    }
}
