/* Query-side stemming for Material's search (see generator/search/stems.py): each query word is sent
   to the search worker together with its German and English Snowball stems, which the index holds
   in its "stems" field. Loaded before Material's bundle, after lunr and lunr-languages. */
(function () {
  "use strict";
  var Base = window.Worker;
  var QUERY = 2, RESULT = 3; /* Material's SearchMessageType */
  var origin = {}; /* stem -> the query words it was added for */
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
        stemsOf(w).forEach(function (s) {
          if (extra.indexOf(s) < 0) extra.push(s);
          origin[s] = (origin[s] || []).concat([w]);
        });
      });
      return [term].concat(extra).join(" ");
    }).join(" ");
  }

  /* Results list which query words a page lacks ("Es fehlt: ..."): a word whose stem matched is
     not missing, and the added stems are not shown as words of their own. */
  function credit(event) {
    var message = event.data;
    if (!message || message.type !== RESULT || !message.data || !message.data.items) return;
    message.data.items.forEach(function (group) {
      group.forEach(function (item) {
        var terms = item.terms || {};
        Object.keys(terms).forEach(function (term) {
          if (!origin[term] || origin[term].indexOf(term) >= 0) return;
          origin[term].forEach(function (w) { if (w in terms) terms[w] = terms[w] || terms[term]; });
          delete terms[term];
        });
      });
    });
  }

  function StemmingWorker(url, options) {
    var worker = new Base(url, options);
    worker.addEventListener("message", credit); /* before Material's own listener */
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
