using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Suite;
using Cdp.TicketE2E.Steps.Suite.Warm;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Suite;

/// <summary>What lets a warm host hand one run's fakes, apps and browsers to the next: the settings they were built with.</summary>
public sealed class WarmObjectsTests
{
    private static readonly HarnessSettings Base = new();

    [Test]
    public void What_only_names_the_run_keeps_the_objects()
    {
        var next = Base with
        {
            Run = Base.Run with { Commit = "abc", Selection = "name =~ 'x'", Retries = 2 },
            Paths = Base.Paths with { Reports = "/tmp/elsewhere" },
        };
        WarmObjects.Signature(next).Should().Be(WarmObjects.Signature(Base));
    }

    [Test]
    public void What_builds_the_objects_differently_starts_them_afresh()
    {
        HarnessSettings[] different =
        [
            Base with { Target = TargetKind.Vue },
            Base with { ReferenceApps = Base.ReferenceApps with { Defects = ["NoListRefresh"] } },
            Base with { Browser = Base.Browser with { Headless = false } },
            Base with { Run = Base.Run with { ExpectTimeoutSeconds = 15 } },
        ];
        foreach (var settings in different) WarmObjects.Signature(settings).Should().NotBe(WarmObjects.Signature(Base));
    }

    [Test]
    public async Task The_next_run_with_the_same_settings_gets_the_same_objects_and_a_changed_one_gets_new_ones()
    {
        var warm = new WarmObjects();
        var first = await warm.ForRunAsync(Base);
        (await warm.ForRunAsync(Base with { Run = Base.Run with { Selection = "another" } })).Should().BeSameAs(first);
        warm.Note.Should().Be("nothing was started before this run");
        (await warm.ForRunAsync(Base with { Target = TargetKind.Vue })).Should().NotBeSameAs(first);
    }
}

/// <summary>What a shared object must be so that a warm host can keep it past the end of a run.</summary>
public sealed class SharedObjectsTests
{
    private sealed class DisposedAtRunEnd : IDisposable
    {
        public void Dispose()
        {
        }
    }

    [Test]
    public void An_IDisposable_shared_object_is_refused_because_the_runs_container_would_dispose_it()
    {
        var register = () => new SharedObjects().Register<DisposedAtRunEnd>(new Reqnroll.BoDi.ObjectContainer());
        register.Should().Throw<InvalidOperationException>().WithMessage("DisposedAtRunEnd is shared by the run's scenarios, so it must be IAsyncDisposable only*");
    }
}
