// The athlete's page: a Copy button beside the calendar link. Without
// JavaScript the button stays hidden and the link can be selected by hand.
'use strict';

document.querySelectorAll('[data-copy]').forEach((button) => {
  const input = document.getElementById(button.getAttribute('data-copy'));
  const status = document.getElementById('copy-status');
  if (!input || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(input.value).then(
      () => {
        if (status) status.textContent = 'Link copied.';
      },
      () => {
        input.select();
        if (status) status.textContent = 'Select the link and copy it.';
      },
    );
  });
});
