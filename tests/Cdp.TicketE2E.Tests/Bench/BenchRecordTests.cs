using System.Text.Json;
using Cdp.TicketE2E.Cli.Execution.Bench;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Bench;

/// <summary>How ./e2e bench summarises its measures and judges the targets on their medians.</summary>
public sealed class BenchRecordTests
{
    [Test]
    public void Medians_take_the_middle_value_or_the_mean_of_the_two_middle_ones()
    {
        new Samples("x", "ms", [5, 1, 3]).Median.Should().Be(3);
        new Samples("x", "ms", [4, 1, 3, 2]).Median.Should().Be(2.5);
        new Samples("x", "ms", []).Median.Should().BeNull();
    }

    [Test]
    public void Repeated_measures_of_one_name_pool_their_values_across_rounds()
    {
        var record = new BenchRecord();
        record.Add("raw web: one scenario", "ms", [2000, 2100]);
        record.Add("raw web: one scenario", "ms", [1900]);

        record.Samples.Should().ContainSingle().Which.Values.Should().Equal(2000, 2100, 1900);
    }

    [Test]
    public void A_ratio_target_is_met_only_when_the_harness_median_is_within_the_bound_of_the_raw_median()
    {
        var record = new BenchRecord();
        record.Add("raw web: one scenario", "ms", [2000, 2000, 2000]);
        record.Add("harness web: one scenario", "ms", [2500, 2700, 2600]);
        record.Add("raw mobile: one scenario", "ms", [2000]);
        record.Add("harness mobile: one scenario", "ms", [2800]);

        var targets = record.Targets();

        targets.Single(t => t.What.StartsWith("web:")).Should().Match<BenchTarget>(t => t.Met == true && Math.Abs(t.Measured!.Value - 1.3) < 1e-9);
        targets.Single(t => t.What.StartsWith("mobile:")).Met.Should().BeFalse("2800 / 2000 = 1.4 is over 1.3");
        targets.Single(t => t.What.StartsWith("engineer loop")).Met.Should().BeNull("the loop was not measured");
    }

    [Test]
    public void The_table_and_bench_json_carry_every_measure_and_every_verdict()
    {
        var record = new BenchRecord();
        record.Add("suite, 1 worker(s): wall", "s", [100]);
        record.Add("suite, 2 worker(s): wall", "s", [70]);
        record.Add("suite, 2 worker(s): test time", "s", [60]);
        var table = new StringWriter();
        var path = Path.Combine(Directory.CreateTempSubdirectory("bench-").FullName, "bench.json");

        record.Print(table);
        record.Write(path, BenchMachine.Here(1, 1));

        table.ToString().Should().Contain("suite, 2 worker(s): wall (s)").And.Contain("NOT MET suite: 2 workers' wall / 1 worker's wall: 0.70 (target at most 0.65)")
            .And.Contain("NOT MET suite on 2 workers: test time (s): 60.00").And.Contain("UNKNOWN web: harness / raw Playwright");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        json.RootElement.GetProperty("machine").GetProperty("cores").GetInt32().Should().Be(Environment.ProcessorCount);
        json.RootElement.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Should().HaveCount(3);
        json.RootElement.GetProperty("targets").EnumerateArray().Should().Contain(t => t.GetProperty("met").ValueKind == JsonValueKind.False);
    }

    [TestCase(0, 5, "--rounds is 0; allowed 1 to 20.")]
    [TestCase(3, 51, "--iterations is 51; allowed 1 to 50.")]
    public void Bad_counts_are_refused_with_the_allowed_range(int rounds, int iterations, string message) =>
        new BenchOptions(rounds, iterations, new TicketE2E.Reporting.Commands.ReportOptions { ReportsDir = "/tmp", CatalogPath = "", LoadCatalog = _ => throw new NotSupportedException() }).Problem().Should().Be(message);
}

/// <summary>The best 2/1-worker ratio this machine allows, from the 1-worker run's busy cores.</summary>
public sealed class BenchFloorTests
{
    private static BenchRecord Measured()
    {
        var record = new BenchRecord(cores: 2);
        record.Add("suite, 1 worker(s): busy cores", "cores", [1.75]);
        record.Add("suite, 2 worker(s): test time", "s", [128]);
        record.Add("suite, 1 worker(s): wall", "s", [126]);
        record.Add("suite, 2 worker(s): wall", "s", [131]);
        return record;
    }

    [Test]
    public void The_scaling_floor_is_the_share_of_the_cores_one_worker_keeps_busy()
    {
        Measured().ScalingFloor().Should().BeApproximately(0.875, 1e-9);
        var saturated = new BenchRecord(cores: 2);
        saturated.Add("suite, 1 worker(s): busy cores", "cores", [2.1]);
        saturated.ScalingFloor().Should().Be(1, "two workers cannot be slower than all the cores allow");
    }

    [Test]
    public void A_target_past_the_floor_says_so_in_the_table_and_in_bench_json()
    {
        var record = Measured();
        var table = new StringWriter();
        var path = Path.Combine(Directory.CreateTempSubdirectory("bench-").FullName, "bench.json");

        record.Print(table);
        record.Write(path, BenchMachine.Here(1, 1));

        table.ToString().Should().Contain("NOT MET suite: 2 workers' wall / 1 worker's wall: 1.04 (target at most 0.65); below this machine's floor of 0.875")
            .And.Contain("This machine's floor (2 cores): 2 workers take at least 0.875 of 1 worker's wall")
            .And.Contain("NOT MET suite on 2 workers: test time (s): 128.00 (target at most 45)" + Environment.NewLine, "the suite's time has no floor");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var scaling = json.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("what").GetString()!.StartsWith("suite: 2 workers"));
        scaling.GetProperty("floor").GetDouble().Should().BeApproximately(0.875, 1e-9);
        scaling.GetProperty("reachableHere").GetBoolean().Should().BeFalse();
    }

    [Test]
    public void Without_the_one_worker_runs_busy_cores_there_is_no_floor_and_no_claim()
    {
        var record = new BenchRecord(cores: 2);
        record.Add("suite, 1 worker(s): wall", "s", [126]);
        record.Add("suite, 2 worker(s): wall", "s", [131]);
        record.ScalingFloor().Should().BeNull();
        record.Targets().Single(t => t.What.StartsWith("suite: 2 workers")).ReachableHere.Should().BeNull();
        var table = new StringWriter();
        record.Print(table);
        table.ToString().Should().NotContain("floor");
    }

    [Test]
    public void Busy_cpu_is_user_nice_system_irq_and_softirq_jiffies_in_hundredths_of_a_second_not_steal_or_guest()
    {
        MachineCpu.Parse("cpu  100 5 50 1000 20 3 2 70 40 0").Should().BeApproximately((100 + 5 + 50 + 3 + 2) / 100.0, 1e-9);
    }

    [Test]
    public void Busy_cpu_over_a_span_of_work_is_more_than_nothing()
    {
        var cpu = new MachineCpu();
        var spin = System.Diagnostics.Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 300) { }
        cpu.Busy.Should().BeGreaterThan(0);
    }

    [Test]
    public void A_raw_baseline_line_without_its_cpu_is_refused_naming_the_field()
    {
        var read = () => RawBaseline.Read("""{"startMs":1400,"iterationsMs":[2000]}""", "run.log");
        read.Should().Throw<BenchException>().WithMessage("*lack iterationsMs or busyCoreSecondsPerIteration*");
        RawBaseline.Read("""{"startMs":1400,"iterationsMs":[2000],"busyCoreSecondsPerIteration":4.5}""", "run.log")
            .BusyCoreSecondsPerIteration.Should().Be(4.5);
    }
}
