// The athlete's page: a Copy button beside the calendar link. Without
// JavaScript the button stays hidden and the link can be selected by hand.
// On an iPhone or iPad, "Add to Apple Watch" comes first in each session's
// downloads: that is the file the phone can open.
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

// iPadOS says "Macintosh" but has a touch screen.
const appleMobile = /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
if (appleMobile) {
  document.querySelectorAll('.downloads [data-format="workout"]').forEach((link) => link.parentElement.prepend(link));
}
