namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>The report's only stylesheet, inlined: the file must open anywhere with no other asset.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ok:#1a7f37; --nok:#cf222e; --notrun:#6e7781; --unknown:#9a6700; --uncovered:#8250df; --line:#d0d7de; --soft:#f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
        main { max-width: 1280px; margin: 0 auto; padding: 0 20px 40px; }
        h1 { margin: 0 0 6px; font-size: 24px; } h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
        pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 6px 0; max-height: 320px; overflow: auto; }
        .verdict { padding: 18px 20px; color: #fff; }
        .verdict.passed { background: var(--ok); } .verdict.failed { background: var(--nok); }
        .verdict .inner { max-width: 1240px; margin: 0 auto; } .verdict p { margin: 4px 0 10px; max-width: 110ch; }
        .facts { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; font-size: 13px; }
        .facts div { display: flex; gap: 6px; } .facts dt { opacity: .8; } .facts dd { margin: 0; font-weight: 600; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 10px; margin-top: 18px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--soft); }
        .card .num { display: block; font-size: 24px; font-weight: 700; } .card .label { color: #59636e; font-size: 12px; }
        .card.s-OK .num { color: var(--ok); } .card.s-NOK .num { color: var(--nok); } .card.s-NOT_RUN .num { color: var(--notrun); }
        .card.s-UNKNOWN .num { color: var(--unknown); } .card.s-UNCOVERED .num { color: var(--uncovered); }
        .reasons li { margin: 4px 0; }
        .badge { display: inline-block; min-width: 58px; text-align: center; padding: 1px 6px; border-radius: 10px; font-size: 11px; font-weight: 700; color: #fff; background: var(--notrun); white-space: nowrap; }
        .b-OK, .b-PASSED { background: var(--ok); } .b-NOK, .b-FAILED { background: var(--nok); } .b-FLAKY { background: #bc4c00; }
        .b-UNKNOWN, .b-UNDEFINED, .b-AMBIGUOUS, .b-PENDING, .b-SKIPPED { background: var(--unknown); }
        .b-UNCOVERED { background: var(--uncovered); } .b-NOT_RUN, .b-NA { background: var(--notrun); }
        .mark { display: inline-block; font-size: 11px; border: 1px solid currentColor; border-radius: 8px; padding: 0 5px; margin: 2px 2px 0 0; }
        .mark.changed { color: #0969da; } .mark.flaky { color: #bc4c00; }
        #filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0 12px; }
        #filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px; }
        #filters label.chip { border: 1px solid var(--line); border-radius: 14px; padding: 2px 10px; cursor: pointer; user-select: none; }
        #filters input[type=radio] { position: absolute; opacity: 0; pointer-events: none; }
        #filters input[type=radio]:checked + label.chip { background: #1f2328; color: #fff; border-color: #1f2328; }
        #filters input[type=radio]:focus-visible + label.chip { outline: 2px solid #0969da; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: var(--soft); position: sticky; top: 0; font-size: 12px; }
        tr.req { cursor: pointer; } tr.req:hover { background: #f6f8fa; }
        tr.req td.id { width: 24%; } td.id .rid { white-space: nowrap; font-weight: 700; } td.statement { min-width: 300px; }
        td.id small, .muted { color: #59636e; font-weight: 400; }
        td.cell, td.overall { white-space: nowrap; }
        tr.drill > td { background: #fbfcfd; padding: 0 8px 0 24px; border-bottom: 1px solid var(--line); }
        tr.drill details > summary { cursor: pointer; color: #59636e; padding: 4px 0; }
        .scenario { border-left: 3px solid var(--line); padding: 4px 0 4px 10px; margin: 8px 0; }
        .scenario.st-FAILED { border-color: var(--nok); } .scenario.st-PASSED { border-color: var(--ok); } .scenario.st-FLAKY { border-color: #bc4c00; }
        .sc-name { font-weight: 600; } .tags { color: #59636e; font-size: 12px; }
        .attempt > summary { cursor: pointer; font-size: 13px; }
        ol.steps { margin: 4px 0; padding-left: 22px; } ol.steps li { margin: 2px 0; }
        .dur { color: #59636e; font-size: 12px; margin-left: 6px; }
        .evidence { margin: 4px 0; padding-left: 18px; } .evidence img { display: block; max-width: 320px; max-height: 200px; border: 1px solid var(--line); margin: 4px 0; }
        .trend svg { width: 100%; max-width: 720px; height: auto; border: 1px solid var(--line); border-radius: 6px; }
        .trend .l-ok { stroke: var(--ok); } .trend .l-cov { stroke: #0969da; } .trend .l-pass { stroke: #bc4c00; }
        .legend span { margin-right: 14px; font-size: 12px; } .legend i { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 4px; }
        .legend i.l-ok { background: var(--ok); } .legend i.l-cov { background: #0969da; } .legend i.l-pass { background: #bc4c00; }
        @media (max-width: 800px) { td.statement { min-width: 220px; } .cards { grid-template-columns: repeat(auto-fill, minmax(105px, 1fr)); } }
        @media print {
          body { font-size: 11px; } main { max-width: none; padding: 0; }
          .no-print, #filters { display: none !important; }
          .cards { grid-template-columns: repeat(5, 1fr); gap: 6px; } .card { padding: 4px 8px; } .card .num { font-size: 16px; }
          .verdict, .badge, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          th { position: static; } tr, .scenario, .card { break-inside: avoid; }
          pre { max-height: none; overflow: visible; }
          a { color: inherit; text-decoration: none; }
          @page { margin: 12mm; }
        }
        """;
}
