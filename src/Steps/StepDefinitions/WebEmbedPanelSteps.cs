using Reqnroll;
using Cdp.TicketE2E.Steps.Channels.Web;
using Cdp.TicketE2E.Steps.Drivers.Web;

namespace Cdp.TicketE2E.Steps.StepDefinitions;

/// <summary>Web: the panel around CRM's form: sandbox, loading state, how the form is requested.</summary>
[Binding]
[Scope(Tag = "web")]
public sealed class WebEmbedPanelSteps(WebFormExpectations form, EmbedRequestControl formRequests)
{
    [Then("the ticket form runs in a sandboxed frame")]
    public Task TheFormRunsInASandboxedFrame() => form.ExpectSandboxedAsync();

    [Given("the ticket form is slow to load")]
    public Task TheFormIsSlowToLoad() => formRequests.HoldAsync();

    [Then("the panel shows that the ticket form is loading")]
    public Task ThePanelShowsLoading() => form.ExpectLoadingShownAsync();

    [When("the ticket form finishes loading")]
    public void TheFormFinishesLoading() => formRequests.Release();

    [Then("the ticket form was requested with CDP's embed-source marker")]
    public Task TheFormWasRequestedWithTheMarker() => form.ExpectRequestedWithEmbedSourceAsync();
}
