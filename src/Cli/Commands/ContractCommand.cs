using System.CommandLine;
using Cdp.TicketE2E.Cli.Execution;
using Cdp.TicketE2E.Contracts;
using Cdp.TicketE2E.Contracts.Document;

namespace Cdp.TicketE2E.Cli.Commands;

/// <summary>./e2e contract — writes docs/target-contract.md from contracts/*.json; --check only compares (for CI).</summary>
internal static class ContractCommand
{
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the committed docs/target-contract.md differs from what contracts/*.json give." };
        var command = new Command("contract", "Write docs/target-contract.md, the target contract for the app teams, from contracts/web-target.json and contracts/mobile-target.json.")
        {
            check,
        };
        command.SetAction(parse => Run(Repository.Root, parse.GetValue(check), Console.Out, Console.Error));
        return command;
    }

    /// <summary>0: written or current; 1: --check found the committed file out of date; 2: a contract file is missing or malformed.</summary>
    internal static int Run(string root, bool check, TextWriter output, TextWriter error)
    {
        string document;
        try
        {
            document = TargetContractDocument.Render(Path.Combine(root, "contracts"));
        }
        catch (Exception e) when (e is TargetContractException or FileNotFoundException)
        {
            error.WriteLine($"e2e contract: {e.Message}");
            return 2;
        }
        var path = Path.Combine(root, TargetContractDocument.RelativePath);
        // A checkout may have turned '\n' into "\r\n"; only the content counts.
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (committed == document)
        {
            output.WriteLine($"{TargetContractDocument.RelativePath} is up to date with contracts/.");
            return 0;
        }
        if (check)
        {
            error.WriteLine($"{TargetContractDocument.RelativePath} {(committed is null ? "is missing" : "differs from what contracts/*.json give")}: run ./e2e contract and commit the result.");
            return 1;
        }
        File.WriteAllText(path, document);
        output.WriteLine($"Wrote {TargetContractDocument.RelativePath} from contracts/web-target.json and contracts/mobile-target.json.");
        return 0;
    }
}
