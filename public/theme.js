// Loaded render-blocking in <head> on purpose: applying a remembered theme before first paint is the
// only way to avoid a flash of the wrong one. Kept tiny and framework-free; without it the site follows
// the system preference through CSS alone.
(function () {
  var root = document.documentElement;
  var media = matchMedia('(prefers-color-scheme: dark)');
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  } catch (e) {}
  function dark() {
    var t = root.getAttribute('data-theme');
    return t ? t === 'dark' : media.matches;
  }
  function sync() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(dark()));
      buttons[i].hidden = false;
    }
  }
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var next = dark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try { localStorage.setItem('theme', next); } catch (e) {}
    sync();
  });
  media.addEventListener('change', sync);
  document.addEventListener('DOMContentLoaded', sync);
})();
