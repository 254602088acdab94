document.querySelectorAll('table.resumes th button').forEach(function (b) {
  b.addEventListener('click', function () {
    var th = b.parentNode, col = th.cellIndex, table = th.closest('table');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    th.parentNode.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    var bodies = Array.prototype.slice.call(table.tBodies);
    bodies.sort(function (x, y) {
      var a = x.rows[0].cells[col].getAttribute('data-v'), c = y.rows[0].cells[col].getAttribute('data-v');
      var d = th.getAttribute('data-type') === 'num' ? parseFloat(a) - parseFloat(c) : a.localeCompare(c);
      return d * dir;
    });
    bodies.forEach(function (t) { table.appendChild(t); });
  });
});
