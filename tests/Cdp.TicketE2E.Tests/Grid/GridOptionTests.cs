using Cdp.TicketE2E.Steps.Drivers;
using Cdp.TicketE2E.Tests.EndToEnd;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Grid;

/// <summary>
/// ./e2e run --grid (or E2E__Grid__Url) that cannot work stops before anything runs, with exit code 2, one message naming the
/// cause and the fix, and nothing written to the reports folder.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class GridOptionTests
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task A_grid_url_that_is_not_an_http_url_names_the_key_and_the_allowed_form(bool asOption)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await RunAsync(asOption, "grid.local:4444", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("./e2e run did not start: E2E:Grid:Url (--grid) is 'grid.local:4444'; allowed: empty")
            .And.Contain("such as http://127.0.0.1:4444");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_unreachable_grid_names_its_url_and_how_to_start_one(bool asOption)
    {
        var reports = CommandLine.NewReportsFolder();
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}"; // nothing listens there

        var (exitCode, output) = await RunAsync(asOption, url, reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain($"./e2e run did not start: The Selenium Grid at {url} is unreachable (")
            .And.Contain("Start the grid (docs/selenium-grid.md");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty();
    }

    private static Task<(int ExitCode, string Output)> RunAsync(bool asOption, string grid, string reports) => asOption
        ? CommandLine.RunAsync("./e2e", "run", "--grid", grid, "--tag", "web", "--reports", reports)
        : CommandLine.RunAsync(new Dictionary<string, string> { ["E2E__Grid__Url"] = grid }, "./e2e", "run", "--tag", "web", "--reports", reports);
}
