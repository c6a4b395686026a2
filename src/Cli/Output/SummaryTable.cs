using Cdp.TicketE2E.Cli.Progress;
using Spectre.Console;

namespace Cdp.TicketE2E.Cli.Output;

/// <summary>The summary ./e2e run prints before the verdict: counts by platform, then the slowest scenarios.</summary>
internal static class SummaryTable
{
    public static void Write(RunSummary summary, IAnsiConsole console, bool ascii)
    {
        var border = ascii ? TableBorder.Ascii : TableBorder.Rounded;
        var counts = new Table { Border = border, Title = new TableTitle("Summary") };
        counts.AddColumn("platform");
        foreach (var column in new[] { "passed", "failed", "flaky", "not run", "total" }) counts.AddColumn(new TableColumn(column).RightAligned());
        foreach (var row in summary.Platforms.Append(summary.All))
            counts.AddRow(row.Platform, Number(row.Passed, "green"), Number(row.Failed, "red"), Number(row.Flaky, "yellow"), Number(row.NotRun, "grey"), row.Total.ToString());
        console.Write(counts);
        if (summary.Slowest.Count == 0)
        {
            console.WriteLine();
            return;
        }

        var slowest = new Table { Border = border, Title = new TableTitle("Slowest scenarios") };
        slowest.AddColumn(new TableColumn("time").RightAligned());
        slowest.AddColumn("platform");
        slowest.AddColumn("scenario");
        foreach (var scenario in summary.Slowest)
            slowest.AddRow(ProgressText.Duration(scenario.Duration) + (scenario.Attempts > 1 ? $" ({scenario.Attempts} attempts)" : ""),
                scenario.Platform, Markup.Escape($"{scenario.Name} [{scenario.Location}]"));
        console.Write(slowest);
        console.WriteLine();
    }

    private static string Number(int count, string colour) => count == 0 ? "0" : $"[{colour}]{count}[/]";
}
