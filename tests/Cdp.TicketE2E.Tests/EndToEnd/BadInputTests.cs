using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// Bad input to ./e2e run is a clear error and exit code 2 before anything runs: nothing is written to the reports
/// folder, so no earlier run's reports pass for this one's.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class BadInputTests
{
    [Test]
    public async Task A_selection_that_matches_nothing_names_what_was_asked_and_how_to_list_the_scenarios()
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--name", "zzz no such scenario", "--tag", "web", "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("No scenario matches --tag web --name \"zzz no such scenario\"").And.Contain("./e2e run --list");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty("a run that does not start writes nothing");
    }

    [TestCase("E2E__Run__Retries", "abc", "'abc' at 'E2E:Run:Retries'")]
    [TestCase("E2E__Target", "staging", "Allowed values for TargetKind: Reference, Vue, Deployed")]
    [TestCase("E2E__Mobile__Platform", "Symbian", "Allowed values for MobilePlatform: ReferenceWeb, Android, Ios")]
    [TestCase("E2E__Web__SandboxTokens", "allow-evil", "not a sandbox token")]
    public async Task A_bad_configuration_value_from_the_environment_names_the_key_and_what_is_allowed(string key, string value, string message)
    {
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string> { [key] = value }, "./e2e", "run", "--tag", "web", "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("./e2e run did not start").And.Contain(message);
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty();
    }

    [Test]
    public async Task A_feature_file_that_does_not_parse_stops_any_selection_with_file_and_line()
    {
        var features = Directory.CreateTempSubdirectory("e2e-features-").FullName;
        CopyFolder(Path.Combine(CommandLine.Root, "features"), features);
        File.WriteAllText(Path.Combine(features, "web", "broken.feature"), "Feature: Broken\n  Scenario: one\n    Given a step\n  Oops this is not Gherkin\n");
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string> { ["E2E__Paths__Features"] = features },
            "./e2e", "run", "--name", "The ticket form is sandboxed", "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("do not parse").And.Contain("web/broken.feature:4:");
        Directory.EnumerateFileSystemEntries(reports).Should().BeEmpty();
    }

    [Test]
    public async Task A_given_that_comes_after_the_page_is_open_fails_naming_the_step_instead_of_being_ignored()
    {
        var features = Directory.CreateTempSubdirectory("e2e-features-").FullName;
        CopyFolder(Path.Combine(CommandLine.Root, "features"), features);
        File.WriteAllText(Path.Combine(features, "web", "late-given.feature"), """
            @web @req:TCKT-S01
            Feature: A late precondition
              Scenario: The permission is granted after the page is open
                Given a customer "Ana Wijaya" with no associated tickets
                When the user opens the customer page
                Given the user may create tickets
                Then the customer page offers to create a ticket
            """);
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string> { ["E2E__Paths__Features"] = features },
            "./e2e", "run", "--name", "The permission is granted after the page is open", "--reports", reports);

        exitCode.Should().NotBe(0, output);
        output.Should().Contain("FAILED at: the user may create tickets")
            .And.Contain("\"the user may create tickets\" comes after the app was opened (the customer page was opened)")
            .And.Contain("Move the step before the step that opens the customer page");
    }

    [Test]
    public async Task An_unknown_target_is_refused_with_the_allowed_ones()
    {
        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--target", "staging");

        exitCode.Should().NotBe(0);
        output.Should().Contain("Argument 'staging' not recognized").And.Contain("'vue'");
    }

    [Test]
    public async Task A_where_expression_that_selects_nothing_runs_nothing_and_reports_nothing()
    {
        var reports = CommandLine.NewReportsFolder();
        File.WriteAllText(Path.Combine(reports, "cucumber.ndjson"), "{\"meta\":{}}\n"); // an earlier run's stream

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "run", "--where", "cat == 'no-such-category'", "--reports", reports);

        exitCode.Should().Be(2, output);
        output.Should().Contain("executed no scenario");
        File.Exists(Path.Combine(reports, "cucumber.ndjson")).Should().BeFalse("the earlier run's stream is cleared, not re-reported as this run");
        File.Exists(Path.Combine(reports, "coverage.html")).Should().BeFalse();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
