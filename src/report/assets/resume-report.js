(function () {
  function mark(n) {
    document.querySelectorAll('.on').forEach(function (e) { e.classList.remove('on'); });
    if (n) document.querySelectorAll('[data-f~="' + n + '"],[data-r~="' + n + '"]').forEach(function (e) {
      e.classList.add('on');
    });
  }
  function show(id) {
    var t = document.getElementById(id);
    if (!t) return;
    t.scrollIntoView({block: 'center', inline: 'nearest'});
    var f = t.hasAttribute('href') ? t : t.querySelector('a[href]');
    if (f) f.focus({preventScroll: true});
  }
  document.addEventListener('click', function (ev) {
    var a = ev.target.closest ? ev.target.closest('a[data-f]') : null;
    if (!a) return;
    var to = a.getAttribute('href').slice(1);
    ev.preventDefault();
    mark(a.getAttribute('data-f'));
    show(to);
    try { history.replaceState(null, '', '#' + to); } catch (e) { /* file: pages may refuse */ }
  });
  var m = /^#[bfw]-(\d+)$/.exec(location.hash);
  if (m) mark(m[1]);
})();
