using Cdp.TicketE2E.Steps.Drivers.Web;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Suite;

/// <summary>"Ignores the message" compares two snapshots; every change is named in words a QA engineer reads.</summary>
[TestFixture]
public sealed class CustomerPageSnapshotTests
{
    private static readonly CustomerPageSnapshot Open = new(PanelOpen: true, FrameHeight: 338, ListLoads: 1, Notices: []);

    [Test]
    public void Nothing_changed_means_no_changes() => (Open with { Notices = [] }).ChangesSince(Open).Should().BeEmpty();

    [Test]
    public void Each_effect_of_a_message_is_named()
    {
        var after = new CustomerPageSnapshot(PanelOpen: false, FrameHeight: null, ListLoads: 2, Notices: ["Ticket T-9 was created."]);

        after.ChangesSince(Open).Should().Equal(
            "the panel closed",
            "the ticket list was refreshed (1 more load(s))",
            "it showed \"Ticket T-9 was created.\"");
    }

    [Test]
    public void A_new_height_is_named_only_while_the_panel_stays_open() =>
        (Open with { FrameHeight = 777 }).ChangesSince(Open).Should().Equal("the form's height changed from 338 to 777 px");

    [Test]
    public void A_notice_that_was_already_there_is_not_a_change()
    {
        var before = Open with { Notices = ["Earlier notice"] };

        (before with { Notices = ["Earlier notice"] }).ChangesSince(before).Should().BeEmpty();
    }
}
