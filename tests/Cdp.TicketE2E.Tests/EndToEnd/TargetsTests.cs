using System.Diagnostics;
using System.Text.Json;
using Cdp.TicketE2E.Fakes;
using Cdp.TicketE2E.Steps.Drivers;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.EndToEnd;

/// <summary>
/// Other targets through ./e2e run: a build started separately (the Vue app's preview server) against the standing fake
/// services of ./e2e fakes, and a deployed target with real backends, where nothing can be arranged (NOT RUN, named).
/// </summary>
[NonParallelizable]
public sealed class TargetsTests
{
    [Test]
    public async Task Web_scenarios_pass_against_a_separately_started_build_that_uses_the_standing_fakes()
    {
        var (crm, cdpApi, app) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        using var fakes = await Started("./e2e", ["fakes", "--crm-url", $"http://localhost:{crm}", "--cdp-api-url", $"http://127.0.0.1:{cdpApi}"],
            new Dictionary<string, string>(), "Serving until stopped");
        (await CommandLine.RunAsync("bash", "scripts/ensure-vue-app.sh")).ExitCode.Should().Be(0);
        using var vue = await StartedVue(app, crm, cdpApi);
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string>
        {
            ["E2E__Deployed__CustomerPageUrl"] = $"http://127.0.0.1:{app}/customers/{{customerId}}",
            ["E2E__Fakes__CrmUrl"] = $"http://localhost:{crm}",
            ["E2E__Fakes__CdpApiUrl"] = $"http://127.0.0.1:{cdpApi}",
        }, "./e2e", "run", "--target", "deployed", "--tag", "web", "--req", "TCKT-S03", "--req", "WEB-11", "--req", "WEB-15", "--reports", reports);

        exitCode.Should().Be(0, output);
        output.Should().MatchRegex(@"scenario\(s\) in [\d:]+: \d+ passed, 0 failed, 0 flaky, 0 not run\.").And.Contain("target deployed");
        int.Parse(System.Text.RegularExpressions.Regex.Match(output, @"scenario\(s\) in [\d:]+: (\d+) passed").Groups[1].Value).Should()
            .BeGreaterThanOrEqualTo(8, "the selection holds the create, association and origin-guard scenarios");
    }

    [Test]
    public async Task Against_real_backends_a_scenario_that_needs_arranging_is_not_run_and_the_gate_names_why()
    {
        var reports = CommandLine.NewReportsFolder();

        var (_, output) = await CommandLine.RunAsync(new Dictionary<string, string>
        {
            ["E2E__Deployed__CustomerPageUrl"] = "http://127.0.0.1:9/customers/{customerId}",
            ["E2E__Deployed__Backend"] = "Real",
        }, "./e2e", "run", "--verbose", "--target", "deployed", "--tag", "web", "--name", "A permitted user creates a ticket from the customer page", "--reports", reports);
        var (gateExitCode, gate) = await CommandLine.RunAsync("./e2e", "gate", "--reports", reports, "--target", "deployed");

        output.Should().Contain("SKIPPED at: a customer \"Ana Wijaya\" with no associated tickets")
            .And.Contain("Against real backends the harness cannot create the customer \"Ana Wijaya\"")
            .And.Contain("E2E__Deployed__CustomerId, which is not set");
        output.Should().MatchRegex(@"succeeded:\s+0\b", "--verbose shows the test host's own summary");
        gateExitCode.Should().Be(1, gate);
        gate.Should().Contain("TCKT-S01 on web: NOT RUN").And.Contain("was NOT RUN: Against real backends the harness cannot create the customer");
    }

    [Test]
    public async Task Against_real_backends_the_configured_accounts_and_customer_run_what_needs_no_arranging()
    {
        var (crm, cdpApi, app) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        using var fakes = await Started("./e2e", ["fakes", "--crm-url", $"http://localhost:{crm}", "--cdp-api-url", $"http://127.0.0.1:{cdpApi}"],
            new Dictionary<string, string>(), "Serving until stopped");
        // A staging backend the harness cannot arrange: the accounts and the customer exist beforehand, made here, outside the run.
        using var staging = new FakeServicesClient(new Uri($"http://127.0.0.1:{cdpApi}/"));
        var tenant = staging.Tenant("staging");
        await tenant.GivenCustomerAsync("cust-staging", "Ana Wijaya");
        await tenant.GivenUserAsync("tok-permitted", Account(permitted: true, flagOn: true));
        await tenant.GivenUserAsync("tok-not-permitted", Account(permitted: false, flagOn: true));
        await tenant.GivenUserAsync("tok-flag-off", Account(permitted: true, flagOn: false));
        (await CommandLine.RunAsync("bash", "scripts/ensure-vue-app.sh")).ExitCode.Should().Be(0);
        using var vue = await StartedVue(app, crm, cdpApi);
        var reports = CommandLine.NewReportsFolder();

        var (exitCode, output) = await CommandLine.RunAsync(new Dictionary<string, string>
        {
            ["E2E__Deployed__CustomerPageUrl"] = $"http://127.0.0.1:{app}/customers/{{customerId}}",
            ["E2E__Deployed__Backend"] = "Real",
            ["E2E__Deployed__CustomerId"] = "cust-staging",
            ["E2E__Deployed__Accounts__Permitted"] = StorageState(reports, app, "tok-permitted"),
            ["E2E__Deployed__Accounts__NotPermitted"] = StorageState(reports, app, "tok-not-permitted"),
            ["E2E__Deployed__Accounts__FlagOff"] = StorageState(reports, app, "tok-flag-off"),
        }, "./e2e", "run", "--target", "deployed", "--tag", "web", "--req", "TCKT-S01", "--req", "TCKT-S07-NEG", "--req", "WEB-01", "--reports", reports);

        exitCode.Should().Be(0, output);
        output.Should().Contain(": 3 passed, 0 failed, 0 flaky, 1 not run.",
                "the three gate examples need only a signed-in account and the customer; the scenario that reads CRM's side is NOT RUN")
            .And.Contain("where the harness cannot read what CRM and CDP hold");
        Directory.EnumerateFiles(reports, "trace.zip", SearchOption.AllDirectories).Should().BeEmpty("a test account's cookies would be in a trace");
    }

    [Test]
    public async Task The_gate_bound_to_a_target_refuses_a_run_of_another()
    {
        var reports = CommandLine.NewReportsFolder();
        await CommandLine.RunAsync("./e2e", "run", "--tag", "web", "--name", "The ticket form is sandboxed", "--reports", reports);

        var (exitCode, output) = await CommandLine.RunAsync("./e2e", "gate", "--reports", reports, "--target", "vue");

        exitCode.Should().Be(1, output);
        output.Should().Contain("The results are of target reference, but the gate was asked about target vue");
    }

    private static FakeUser Account(bool permitted, bool flagOn) =>
        new("staging account", permitted ? ["ticket.create"] : [], new Dictionary<string, bool> { ["cdp_ticket_embed"] = flagOn });

    private static string StorageState(string folder, int appPort, string token)
    {
        var path = Path.Combine(folder, token + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            cookies = Array.Empty<object>(),
            origins = new[] { new { origin = $"http://127.0.0.1:{appPort}", localStorage = new[] { new { name = "cdp.session", value = token } } } },
        }));
        return path;
    }

    private static Task<RunningProcess> StartedVue(int app, int crm, int cdpApi) =>
        Started("node", ["node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", $"{app}", "--strictPort"],
            new Dictionary<string, string>
            {
                ["CDP_API_BASE_URL"] = $"http://127.0.0.1:{cdpApi}/", ["CDP_CRM_EMBED_URL"] = $"http://localhost:{crm}/embed/ticket/create", ["NO_COLOR"] = "1",
            }, $"127.0.0.1:{app}", Path.Combine(CommandLine.Root, "src", "CdpWebVue"));

    private static async Task<RunningProcess> Started(string file, string[] arguments, Dictionary<string, string> environment, string readyLine, string? folder = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = folder ?? CommandLine.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("E2E__", StringComparison.Ordinal)).ToList()) info.Environment.Remove(key);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = new RunningProcess(Process.Start(info)!);
        await process.WaitForLineAsync(readyLine, TimeSpan.FromMinutes(3));
        return process;
    }

    /// <summary>A child process whose output is read as it comes; disposing kills it and its children.</summary>
    private sealed class RunningProcess : IDisposable
    {
        private readonly Process process;
        private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> lines = [];
        private string? awaited;

        public RunningProcess(Process process)
        {
            this.process = process;
            process.OutputDataReceived += (_, e) => OnLine(e.Data);
            process.ErrorDataReceived += (_, e) => OnLine(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public async Task WaitForLineAsync(string text, TimeSpan timeout)
        {
            lock (lines)
            {
                awaited = text;
                if (lines.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
            }
            try
            {
                await ready.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                lock (lines) throw new TimeoutException($"No line with \"{text}\" within {timeout}; output:\n{string.Join('\n', lines)}");
            }
        }

        private void OnLine(string? line)
        {
            if (line is null) return;
            lock (lines)
            {
                lines.Add(line);
                if (awaited is not null && line.Contains(awaited, StringComparison.Ordinal)) ready.TrySetResult();
            }
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            process.Dispose();
        }
    }
}
