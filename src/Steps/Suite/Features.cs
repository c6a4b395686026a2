using Cdp.TicketE2E.Runner.Features;
using Cdp.TicketE2E.Configuration;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

[assembly: Parallelizable(ParallelScope.Children)]

namespace Cdp.TicketE2E.Steps.Suite;

/// <summary>
/// The NUnit face of the suite: every pickle under features/ is one test case named
/// "Feature: Scenario [path:line]", its tags are categories, and a feature file that does not
/// parse is one failing case naming file:line:column. Scenarios run in parallel workers.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class Features
{
    private SuiteRun? suite;

    [OneTimeSetUp]
    public async Task StartRun() => suite = await SuiteRun.StartAsync();

    [OneTimeTearDown]
    public async Task FinishRun()
    {
        if (suite is not null) await suite.DisposeAsync();
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Scenario(string key)
    {
        var result = await suite!.Run.RunAsync(key);
        switch (result.Status)
        {
            case TestStepResultStatus.PASSED:
                if (result.Flaky) TestContext.Out.WriteLine(result.Describe());
                return;
            case TestStepResultStatus.PENDING:
                Assert.Inconclusive(result.Describe());
                return;
            case TestStepResultStatus.SKIPPED:
                // The target cannot arrange or observe what the scenario needs: NOT RUN, with the reason, never passed.
                Assert.Ignore(result.Describe());
                return;
            default:
                Assert.Fail(result.Describe());
                return;
        }
    }

    [TestCaseSource(nameof(ParseErrors))]
    public void FeatureFileParses(string error) => Assert.Fail($"The feature file does not parse: {error}. Fix the Gherkin at that position.");

    private static FeatureSet Load() => FeatureSet.Load(SettingsLoader.Load(AppContext.BaseDirectory).Paths.Features);

    private static IEnumerable<TestCaseData> Scenarios() => Load().Scenarios.Select(scenario =>
    {
        var data = new TestCaseData(scenario.Key).SetName(scenario.DisplayName);
        foreach (var tag in scenario.Tags) data.SetCategory(tag.TrimStart('@'));
        return data;
    });

    private static IEnumerable<TestCaseData> ParseErrors() => Load().ParseErrors.Select(error =>
        new TestCaseData(error.ToString()).SetName($"{error.Uri} does not parse [{error.Key}]"));
}
