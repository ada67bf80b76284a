// Search of countries and people from any page, over a prebuilt index split by the first two
// characters of each word (assets/search/<ab>.js): no server, and only one slice is loaded. The
// slices are scripts, not JSON, so that the search works on pages opened from the disk too.
(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  if (!input || !list) return;
  var root = document.body.getAttribute('data-root') || '';
  var shards = {};
  var waiting = {};
  var words = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean); };
  window.frdSearchShard = function (name, rows) {
    var ready = rows.map(function (r) { return { n: r.n, k: r.k, u: r.u, d: r.d, w: words(r.n) }; });
    (waiting[name] || []).forEach(function (resolve) { resolve(ready); });
    waiting[name] = null;
    shards[name] = Promise.resolve(ready);
  };
  function shard(word) {
    var name = /^[a-z0-9]{2}/.test(word) ? word.slice(0, 2) : '_';
    if (!shards[name]) {
      shards[name] = new Promise(function (resolve) {
        waiting[name] = [resolve];
        var script = document.createElement('script');
        script.src = root + 'assets/search/' + name + '.js';
        // No slice for these letters: nothing matches.
        script.onerror = function () { resolve([]); };
        document.head.appendChild(script);
      });
    }
    return shards[name];
  }
  function show(rows) {
    list.textContent = '';
    rows.slice(0, 12).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + r.u;
      a.textContent = r.n;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' ' + r.k + (r.d ? ' · ' + r.d : '');
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
  }
  var latest = 0;
  input.addEventListener('input', function () {
    var q = words(input.value);
    var asked = ++latest;
    if (!q.length || q.join('').length < 2) { show([]); return; }
    // The shard of the first word long enough to name one.
    var key = q.filter(function (w) { return w.length >= 2; })[0] || q[0];
    shard(key).then(function (rows) {
      if (asked !== latest) return;
      // Every word typed begins a word of the name.
      show(rows.filter(function (r) { return q.every(function (w) { return r.w.some(function (x) { return x.indexOf(w) === 0; }); }); }));
    });
  });
  input.form.addEventListener('submit', function (e) {
    var first = list.querySelector('a');
    if (first) { e.preventDefault(); window.location.href = first.href; }
  });
})();
