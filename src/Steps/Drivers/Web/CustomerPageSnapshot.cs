namespace Cdp.TicketE2E.Steps.Drivers.Web;

/// <summary>What an embed message can change on the customer page, at one moment; compared before and after a message.</summary>
/// <param name="PanelOpen">Whether the create panel is open.</param>
/// <param name="FrameHeight">The form frame's rendered height in pixels; null when there is no frame.</param>
/// <param name="ListLoads">How many times the ticket list has finished loading.</param>
/// <param name="Notices">The texts of the success and error notices shown.</param>
public sealed record CustomerPageSnapshot(bool PanelOpen, double? FrameHeight, int ListLoads, IReadOnlyList<string> Notices)
{
    /// <summary>What changed from <paramref name="before"/> to this snapshot, in words; empty when nothing did.</summary>
    public IReadOnlyList<string> ChangesSince(CustomerPageSnapshot before)
    {
        var changes = new List<string>();
        if (PanelOpen != before.PanelOpen) changes.Add(PanelOpen ? "the panel opened" : "the panel closed");
        else if (FrameHeight != before.FrameHeight) changes.Add($"the form's height changed from {before.FrameHeight} to {FrameHeight} px");
        if (ListLoads != before.ListLoads) changes.Add($"the ticket list was refreshed ({ListLoads - before.ListLoads} more load(s))");
        var newNotices = Notices.Except(before.Notices).ToList();
        if (newNotices.Count > 0) changes.Add($"it showed {string.Join(" and ", newNotices.Select(n => $"\"{n}\""))}");
        return changes;
    }
}
