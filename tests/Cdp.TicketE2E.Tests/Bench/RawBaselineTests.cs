using System.Text.Json;
using Cdp.TicketE2E.Tests.EndToEnd;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Bench;

/// <summary>The raw baseline ./e2e bench compares the harness with: it really creates tickets, and refuses bad input.</summary>
public sealed class RawBaselineTests
{
    private static readonly string Program = Path.Combine(CommandLine.Root, "bench", "RawBaseline", "bin", "Release", "net10.0", "raw-baseline.dll");

    [Test]
    public async Task The_web_baseline_creates_and_checks_a_ticket_per_iteration_and_prints_its_timings()
    {
        var (exitCode, output) = await CommandLine.RunAsync("dotnet", Program, "web", "--iterations", "1");

        exitCode.Should().Be(0, output);
        using var json = JsonDocument.Parse(output.Split('\n').Last(l => l.StartsWith('{')));
        json.RootElement.GetProperty("iterationsMs").EnumerateArray().Should().ContainSingle().Which.GetDouble().Should().BePositive();
    }

    [TestCase("web", "--iterations", "0", "--iterations is 0; allowed 1 to 200.")]
    [TestCase("mobile", "--appium", "nope", "--appium is 'nope'; allowed: an absolute http URL of an Appium server")]
    public async Task Bad_input_exits_2_naming_the_option_and_what_is_allowed(string flow, string option, string value, string message)
    {
        var (exitCode, output) = await CommandLine.RunAsync("dotnet", Program, flow, option, value);

        exitCode.Should().Be(2, output);
        output.Should().Contain(message);
    }
}
