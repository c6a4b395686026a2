using Cdp.TicketE2E.Cli.Execution;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Cli;

public sealed class ScenarioSelectionTests
{
    [Test]
    public void No_option_selects_everything()
    {
        new ScenarioSelection([], [], null, null).IsEverything.Should().BeTrue();
    }

    [Test]
    public void Tags_are_any_of_requirements_map_to_their_category_and_kinds_are_combined()
    {
        var selection = new ScenarioSelection(["@web", "smoke"], ["TCKT-S01"], null, null);

        selection.ToNUnitWhere().Should().Be("(cat == 'web' || cat == 'smoke') && (cat == 'req:TCKT-S01')");
    }

    [Test]
    public void A_name_with_spaces_quotes_and_regex_characters_is_matched_literally()
    {
        var selection = new ScenarioSelection([], [], "user's ticket (web)", null);

        selection.ToNUnitWhere().Should().Be(@"name =~ '(?i)user\'s\\ ticket\\ \\(web\\)'");
    }
}
