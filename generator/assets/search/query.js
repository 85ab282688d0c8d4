/* Query-side stemming for Material's search (see generator/search.py): each query word is sent
   to the search worker together with its German and English Snowball stems, which the index holds
   in its "stems" field. Loaded before Material's bundle, after lunr and lunr-languages. */
(function () {
  "use strict";
  var Base = window.Worker;
  var QUERY = 2; /* Material's SearchMessageType.QUERY */
  if (typeof Base !== "function") return;

  function stemsOf(word) {
    var lunr = window.lunr, out = [];
    if (!lunr || word.length < 3 || /[^\p{L}]/u.test(word)) return out;
    [lunr.de && lunr.de.stemmer, lunr.stemmer].forEach(function (stem) {
      if (typeof stem !== "function") return;
      var s = stem(new lunr.Token(word, {})).toString();
      if (s && s !== word && out.indexOf(s) < 0) out.push(s);
    });
    return out;
  }

  function expand(query) {
    return query.split(/\s+/).map(function (term) {
      if (!term || /^[+\-]|["~^:*]/.test(term)) return term; /* lunr syntax: as typed */
      var words = term.toLowerCase().split(/[^\p{L}\p{N}]+/u), extra = [];
      words.forEach(function (w) {
        stemsOf(w).forEach(function (s) { if (extra.indexOf(s) < 0) extra.push(s); });
      });
      return [term].concat(extra).join(" ");
    }).join(" ");
  }

  function StemmingWorker(url, options) {
    var worker = new Base(url, options);
    var post = worker.postMessage;
    worker.postMessage = function (message) {
      var args = Array.prototype.slice.call(arguments);
      if (message && message.type === QUERY && typeof message.data === "string")
        args[0] = { type: QUERY, data: expand(message.data) };
      return post.apply(worker, args);
    };
    return worker;
  }
  StemmingWorker.prototype = Base.prototype;
  window.Worker = StemmingWorker;
  window.briefingExpandQuery = expand;
})();
