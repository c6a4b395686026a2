using System.CommandLine;
using Cdp.TicketE2E.Cli.Commands;

// ./e2e — the harness's one command. Each subcommand lives in Commands/.
var root = new RootCommand("Cdp.TicketE2E: end-to-end specs of \"create a ticket from a customer, auto-associated\" on web and mobile.")
{
    RunCommand.Create(),
    TestCommand.Create(),
    LintCommand.Create(),
    ReportCommand.Create(),
    GateCommand.Create(),
    FakesCommand.Create(),
    SelfcheckCommand.Create(),
    SoakCommand.Create(),
    ContractCommand.Create(),
    BenchCommand.Create(),
    ConfigCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
