using Cdp.TicketE2E.Cli.Commands;
using Cdp.TicketE2E.Contracts.Document;
using Cdp.TicketE2E.Configuration;
using Cdp.TicketE2E.Steps.Drivers.Mobile.Locators;
using FluentAssertions;
using NUnit.Framework;

namespace Cdp.TicketE2E.Tests.Contracts;

/// <summary>docs/target-contract.md is what the contracts say, and ./e2e contract keeps it so.</summary>
public sealed class TargetContractDocumentTests
{
    private static readonly string Root = RepositoryRoot.Find(AppContext.BaseDirectory);

    [Test]
    public void The_committed_document_is_the_one_the_contracts_generate()
    {
        var generated = TargetContractDocument.Render(Path.Combine(Root, "contracts"));

        File.ReadAllText(Path.Combine(Root, "docs", "target-contract.md")).ReplaceLineEndings("\n").Should().Be(generated,
            "docs/target-contract.md is generated from contracts/*.json: run ./e2e contract and commit the result");
    }

    [Test]
    public void The_mobile_table_has_a_row_per_element_with_its_three_locators()
    {
        var document = TargetContractDocument.Render(Path.Combine(Root, "contracts"));

        document.Should().Contain("| element | purpose | reference app | Android | iOS |");
        foreach (var element in Enum.GetValues<MobileElement>())
            document.Should().Contain($"| `{LocatorMap.ContractName(element)}` |", "every MobileElement is listed for the app team");
        document.Should().Contain("css `[data-testid='ticket-summary'][aria-busy='true']` | androidResourceId `ticket-summary-busy` | accessibilityId `ticket-summary-busy` |");
        document.Should().Contain("`created but could not be (linked\\|associated)`", "a '|' in a cell is escaped so the table keeps its columns");
        document.Should().Contain("Semantics(identifier:").And.Contain("[`contracts/embed-messages.json`](../contracts/embed-messages.json)");
    }

    [Test]
    public void The_contract_command_writes_the_document_and_its_check_fails_on_a_stale_one()
    {
        var root = Path.Combine(Path.GetTempPath(), "cdp-e2e-contract-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            Directory.CreateDirectory(Path.Combine(root, "contracts"));
            foreach (var file in Directory.GetFiles(Path.Combine(Root, "contracts"), "*.json"))
                File.Copy(file, Path.Combine(root, "contracts", Path.GetFileName(file)));
            var document = Path.Combine(root, "docs", "target-contract.md");
            File.WriteAllText(document, "# stale\n");
            var (output, error) = (new StringWriter(), new StringWriter());

            ContractCommand.Run(root, check: true, output, error).Should().Be(1);
            error.ToString().Should().Contain("docs/target-contract.md differs from what contracts/*.json give: run ./e2e contract");
            File.ReadAllText(document).Should().Be("# stale\n", "--check writes nothing");

            ContractCommand.Run(root, check: false, output, error).Should().Be(0);
            ContractCommand.Run(root, check: true, output, error).Should().Be(0);
            File.ReadAllText(document).Should().Be(TargetContractDocument.Render(Path.Combine(root, "contracts")));

            File.Delete(Path.Combine(root, "contracts", "mobile-target.json"));
            ContractCommand.Run(root, check: true, output, error).Should().Be(2);
            error.ToString().Should().Contain("mobile-target.json does not exist");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
