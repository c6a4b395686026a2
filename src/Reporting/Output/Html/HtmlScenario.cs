using System.Text;
using Cdp.TicketE2E.Reporting.Coverage;
using Cdp.TicketE2E.Reporting.Model;
using Io.Cucumber.Messages.Types;
using static Cdp.TicketE2E.Reporting.Output.Html.Html;

namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>The drill-down of one scenario: status, attempts, steps, errors and evidence links.</summary>
internal static class HtmlScenario
{
    public static void Append(StringBuilder html, ScenarioResult scenario)
    {
        var status = StatusText.Wire(scenario.Status);
        var pickle = scenario.Pickle;
        html.Append($"<div class=\"scenario st-{status}\" data-status=\"{status}\" data-platforms=\"{E(string.Join(' ', pickle.Platforms.Select(StatusText.Of)))}\" data-tags=\"{E(string.Join(' ', pickle.Tags))}\">");
        html.Append($"<div class=\"sc-head\"><span class=\"badge b-{status}\">{E(StatusText.Of(scenario.Status))}</span> <span class=\"sc-name\">{E(pickle.Name)}</span> <code class=\"loc\">{E(pickle.Location)}</code></div>");
        html.Append($"<div class=\"tags\">{E(string.Join(' ', pickle.Tags))}</div>");
        if (!scenario.Executed) html.Append("<p class=\"muted\">Not executed in this run.</p>");
        foreach (var superseded in scenario.SupersededRuns)
            html.Append($"<p class=\"muted\">Also executed by {E(superseded)} — superseded by the later execution.</p>");
        foreach (var attempt in scenario.Attempts) AppendAttempt(html, attempt, isFinal: attempt == scenario.FinalAttempt);
        html.Append("</div>");
    }

    private static void AppendAttempt(StringBuilder html, AttemptResult attempt, bool isFinal)
    {
        var problem = attempt.Status != TestStepResultStatus.PASSED;
        html.Append($"<details class=\"attempt{(problem ? " problem" : "")}\"{(problem && isFinal ? " open" : "")}>");
        html.Append($"<summary>Attempt {attempt.Attempt + 1} · <span class=\"badge b-{attempt.Status}\">{attempt.Status}</span> · {Duration(attempt.Duration)}{(attempt.Finished ? "" : " · did not finish")}</summary>");
        html.Append("<ol class=\"steps\">");
        foreach (var step in attempt.Steps)
        {
            html.Append($"<li class=\"step{(step.Kind == StepKind.Hook ? " hook" : "")}\"><span class=\"badge b-{step.Status}\">{step.Status}</span> {E(step.Display)}<span class=\"dur\">{Duration(step.Duration)}</span>");
            if (step.Kind == StepKind.Step && step.Bindings.Count != 1)
                html.Append($"<div class=\"muted\">{(step.Bindings.Count == 0 ? "No binding matches this step." : "Matches: " + E(string.Join("; ", step.Bindings)))}</div>");
            if (step.Error is not null) html.Append($"<pre class=\"error\">{E(step.Error)}</pre>");
            html.Append("</li>");
        }
        html.Append("</ol>");
        if (!attempt.Finished) html.Append($"<pre class=\"error\">{E(attempt.Error)}</pre>");
        AppendEvidence(html, attempt.Evidence);
        html.Append("</details>");
    }

    private static void AppendEvidence(StringBuilder html, IReadOnlyList<EvidenceLink> evidence)
    {
        if (evidence.Count == 0) return;
        html.Append("<ul class=\"evidence\">");
        foreach (var item in evidence)
        {
            html.Append("<li>");
            if (SafeUrl(item.Url) is { } url)
            {
                html.Append($"<a href=\"{E(url)}\">{E(item.Name)}</a> <span class=\"muted\">{E(item.MediaType)}</span>");
                var local = !url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
                if (local && item.MediaType.StartsWith("image/", StringComparison.Ordinal))
                    html.Append($"<a href=\"{E(url)}\"><img loading=\"lazy\" alt=\"{E(item.Name)}\" src=\"{E(url)}\"></a>");
            }
            else if (item.InlineText is not null)
                html.Append($"<details><summary>{E(item.Name)} <span class=\"muted\">{E(item.MediaType)}</span></summary><pre>{E(item.InlineText)}</pre></details>");
            else if (item.Url is not null)
                html.Append($"{E(item.Name)} <span class=\"muted\">{E(item.MediaType)}; link withheld: {E(item.Url)} is neither a relative path nor an http(s) URL</span>");
            else
                html.Append($"{E(item.Name)} <span class=\"muted\">{E(item.MediaType)}, kept in cucumber.ndjson</span>");
            html.Append("</li>");
        }
        html.Append("</ul>");
    }
}
