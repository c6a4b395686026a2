namespace Cdp.TicketE2E.Reporting.Output.Html;

/// <summary>
/// The report's only script, inlined. It only filters and expands what the server already rendered, so the file
/// reads (and prints) without it; it reads data-* attributes and never inserts markup.
/// </summary>
internal static class HtmlScript
{
    public const string Js = """
        (function () {
          'use strict';
          var form = document.getElementById('filters');
          if (!form) return;
          var rows = Array.prototype.slice.call(document.querySelectorAll('tr.req'));
          function words(value) { return (value || '').split(' ').filter(Boolean); }
          function apply() {
            var status = form.querySelector('input[name=status]:checked').value;
            var platform = document.getElementById('platform-filter').value;
            var tag = document.getElementById('tag-filter').value;
            var shown = 0;
            rows.forEach(function (row) {
              var rowStatus = platform === 'all' ? row.getAttribute('data-overall') : row.getAttribute('data-status-' + platform);
              var visible = rowStatus !== null
                && (status === 'ALL' || rowStatus === status)
                && (tag === 'all' || words(row.getAttribute('data-tags')).indexOf(tag) >= 0);
              row.hidden = !visible;
              var drill = row.nextElementSibling;
              if (drill && drill.classList.contains('drill')) drill.hidden = !visible;
              if (visible) shown++;
            });
            document.querySelectorAll('tr.drill .scenario').forEach(function (block) {
              var platformOk = platform === 'all' || words(block.getAttribute('data-platforms')).indexOf(platform) >= 0;
              var tagOk = tag === 'all' || words(block.getAttribute('data-tags')).indexOf(tag) >= 0;
              block.hidden = !(platformOk && tagOk);
            });
            document.getElementById('shown-count').textContent = shown + ' of ' + rows.length + ' requirements shown';
          }
          form.addEventListener('change', apply);
          form.addEventListener('submit', function (e) { e.preventDefault(); });
          rows.forEach(function (row) {
            row.addEventListener('click', function (e) {
              if (e.target.closest('a, summary, details')) return;
              var details = row.nextElementSibling && row.nextElementSibling.querySelector('details');
              if (details) details.open = !details.open;
            });
          });
          // Paper cannot be clicked: open every drill-down that shows a problem before printing.
          window.addEventListener('beforeprint', function () {
            document.querySelectorAll('details.problem').forEach(function (d) { d.open = true; });
          });
          apply();
        })();
        """;
}
