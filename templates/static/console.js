// The console's little script. Every page works without it; it only adds: the refused form's message
// takes the focus, "Select it in the text" for the problems the server marked, and a grid pasted from a
// PDF (columns set apart by runs of spaces) made into the tab-separated grid a spreadsheet would paste.
'use strict';

(() => {
  const problem = document.getElementById('problem');
  if (problem) problem.focus();

  const text = document.getElementById('pg-text');
  document.querySelectorAll('[data-select]').forEach((button) => {
    const [from, length] = button.getAttribute('data-select').split(':').map(Number);
    if (!text || !Number.isInteger(from) || from + length > text.value.length) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      text.focus();
      text.setSelectionRange(from, from + length);
    });
  });

  if (!text) return;
  // The playground's script names the field for YAML alone; the console's editor takes grids too.
  const label = document.getElementById('pg-text-label');
  if (label) label.textContent = 'Plan (YAML, or a grid pasted from a spreadsheet or PDF)';
  const DAYS = /^(mon|tue|wed|thu|fri|sat|sun)/i;
  /** Text copied from a PDF's table: no tabs or commas, a header of weekdays set apart by two or more spaces. */
  function fromPdf(pasted) {
    if (/[\t,]/.test(pasted)) return null;
    const lines = pasted.split(/\r?\n/);
    const header = lines.find((l) => l.trim().split(/ {2,}/).filter((c) => DAYS.test(c.trim())).length >= 3);
    if (!header) return null;
    return lines.map((l) => l.trim().split(/ {2,}/).join('\t')).join('\n');
  }
  text.addEventListener('paste', (event) => {
    const pasted = event.clipboardData && event.clipboardData.getData('text/plain');
    const grid = pasted && fromPdf(pasted);
    if (!grid) return;
    event.preventDefault();
    text.setRangeText(grid, text.selectionStart, text.selectionEnd, 'end');
    text.dispatchEvent(new Event('input', { bubbles: true }));
  });
})();
