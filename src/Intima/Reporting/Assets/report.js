(function () {
  'use strict';
  // Filters the case list; reads everything from the DOM (no data is embedded in this script).
  var search = document.getElementById('case-search');
  var verdict = document.getElementById('case-verdict');
  var category = document.getElementById('case-category');
  var failedOnly = document.getElementById('case-failed');
  var shown = document.getElementById('case-shown');
  if (!search || !verdict || !category || !failedOnly || !shown) { return; }
  var cases = Array.prototype.slice.call(document.querySelectorAll('details.case'));
  var texts = cases.map(function (c) { return c.textContent.toLowerCase(); });
  function apply() {
    var q = search.value.trim().toLowerCase();
    var v = verdict.value;
    var k = category.value;
    var f = failedOnly.checked;
    var count = 0;
    cases.forEach(function (c, i) {
      var visible = (q === '' || texts[i].indexOf(q) >= 0) &&
        (v === '' || c.getAttribute('data-verdict') === v) &&
        (k === '' || c.getAttribute('data-category') === k) &&
        (!f || c.getAttribute('data-passed') === 'false');
      c.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = String(count);
  }
  search.addEventListener('input', apply);
  verdict.addEventListener('change', apply);
  category.addEventListener('change', apply);
  failedOnly.addEventListener('change', apply);
  apply();
}());
