/* Over HTTP, Material's search box asks Pagefind (see generator/search/pagefind.py) instead of
   its lunr worker: a query fetches only the index chunks and result fragments it needs, and the
   whole index is never loaded. From file://, where the browser cannot fetch the bundles, the lunr
   worker stays (query.js). Loaded before Material's bundle, which creates the search worker. */
(function () {
  "use strict";
  var Base = window.Worker;
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; /* Material's SearchMessageType */
  var SHOWN = 20; /* results listed; the count says how many there are */
  var CHECKED = 60; /* fragments read at most per query (a few KB each) */
  var SECTIONS = 3; /* sections listed under a result */
  if (typeof Base !== "function" || location.protocol === "file:") return;

  function config() {
    var element = document.getElementById("__config");
    var parsed = element ? JSON.parse(element.textContent) : {};
    parsed.base = new URL(parsed.base || ".", location.href);
    return parsed;
  }

  /* Titles and excerpts are written into the page as HTML by Material: every character of the
     source text is escaped, and only Pagefind's <mark> comes back. */
  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
  function plain(text) {
    return String(text || "").replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, function (e) { return ENTITIES[e]; });
  }
  function escape(text) {
    return plain(text).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  function marked(excerpt) {
    return String(excerpt || "").split(/(<\/?mark>)/).map(function (part) {
      return part === "<mark>" || part === "</mark>" ? part : escape(part);
    }).join("");
  }

  /* When a query word is not in a bundle, Pagefind answers with pages holding some shorter
     prefix of it ("instructor" finds "in" in the German pages). A bundle counts only if its best
     page, and a result only if its page, holds every query word as typed (or extended:
     type-ahead), or an inflected form of it that differs in the last three letters at most
     ("Militärausbildern" and "Militärausbilder", "discussing" and "discussed"). */
  var FOLD = { "ä": "a", "ö": "o", "ü": "u", "ß": "ss" };
  function folded(word) {
    return word.toLowerCase().replace(/[äöüß]/g, function (c) { return FOLD[c]; }).replace(/[^\p{L}\p{N}]/gu, "");
  }
  function fits(query, word) {
    var q = folded(query), w = folded(word), shared = 0;
    if (w.indexOf(q) === 0) return true;
    while (shared < q.length && q[shared] === w[shared]) shared += 1;
    return shared >= Math.max(3, q.length - 3);
  }
  function genuine(data, words) {
    var content = String(data.content || "").split(/\s+/);
    var found = (data.locations || []).map(function (i) { return content[i] || ""; });
    return words.every(function (query) { return found.some(function (word) { return fits(query, word); }); });
  }

  function PagefindWorker() {
    var target = new EventTarget();
    var settings = config();
    var bundles = null;
    var latest = 0;

    function send(message) {
      target.dispatchEvent(new MessageEvent("message", { data: message }));
    }

    function load() {
      if (bundles) return bundles;
      var root = new URL("search/pagefind/", settings.base);
      bundles = fetch(new URL("languages.json", root)).then(function (response) {
        return response.json();
      }).then(function (languages) {
        return Promise.all(languages.map(function (language) {
          return import(new URL(language + "/pagefind.js", root).href).then(function (pagefind) {
            return pagefind.options({ baseUrl: "/", excerptLength: 24 }).then(function () { return pagefind; });
          });
        }));
      });
      return bundles;
    }

    /* Material counts the results it is given; say how many were found. */
    function count(total, shown) {
      var meta = document.querySelector(".md-search-result__meta");
      var words = (settings.translations || {})["search.result.other"];
      if (meta && words && total > shown) meta.textContent = words.replace("#", String(total));
    }

    function location(url) {
      return String(url).replace(/^\//, "");
    }

    function item(data, score, terms) {
      var group = [{
        location: location(data.url), title: escape(data.meta && data.meta.title),
        text: marked(data.excerpt), score: score, terms: terms
      }];
      (data.sub_results || []).filter(function (section) {
        return section.url !== data.url && section.url.indexOf("#") > 0;
      }).slice(0, SECTIONS).forEach(function (section) {
        group.push({
          location: location(section.url), title: escape(section.title),
          text: marked(section.excerpt), score: score / 2, terms: terms
        });
      });
      return group;
    }

    /* A bundle whose best page lacks a query word answered a shorter prefix of it throughout. */
    function answered(search, asked) {
      var results = (search && search.results) || [];
      if (!results.length) return [];
      results[0].loaded = results[0].data(); /* read again by kept() */
      return results[0].loaded.then(function (best) { return genuine(best, asked) ? results : []; });
    }

    /* The results that hold the query words, best first: fragments are fetched a batch at a
       time until SHOWN are found or CHECKED were read; the total counts those not read. */
    function kept(results, asked, terms) {
      var items = [], checked = 0, dropped = 0;
      function next() {
        if (items.length >= SHOWN || checked >= Math.min(CHECKED, results.length))
          return { items: items.slice(0, SHOWN), total: results.length - dropped };
        var batch = results.slice(checked, checked + SHOWN);
        checked += batch.length;
        return Promise.all(batch.map(function (result) { return result.loaded || result.data(); })).then(function (all) {
          all.forEach(function (data, i) {
            if (genuine(data, asked)) items.push(item(data, batch[i].score, terms));
            else dropped += 1;
          });
          return next();
        });
      }
      return Promise.resolve(next());
    }

    function query(text, serial) {
      var words = text.replace(/[*+\-~^:"]/g, " ").trim();
      if (!words) return send({ type: RESULT, data: { items: [], total: 0 } });
      var terms = {};
      words.toLowerCase().split(/\s+/).forEach(function (word) { terms[word] = true; });
      var asked = Object.keys(terms);
      load().then(function (instances) {
        return Promise.all(instances.map(function (pagefind) {
          return pagefind.search(words).then(function (search) { return answered(search, asked); });
        }));
      }).then(function (searches) {
        if (serial !== latest) return null;
        var results = [].concat.apply([], searches);
        results.sort(function (a, b) { return b.score - a.score; });
        return kept(results, asked, terms);
      }).then(function (found) {
        if (!found || serial !== latest) return;
        send({ type: RESULT, data: found });
        count(found.total, found.items.length);
      }).catch(function (error) {
        console.warn("briefing search:", error);
        if (serial === latest) send({ type: RESULT, data: { items: [], total: 0 } });
      });
    }

    target.postMessage = function (message) {
      if (!message) return;
      if (message.type === SETUP) {
        load(); /* the language bundles' entry files, while the reader types */
        setTimeout(function () { send({ type: READY }); });
      } else if (message.type === QUERY && typeof message.data === "string") {
        latest += 1;
        query(message.data, latest);
      }
    };
    target.terminate = function () {};
    return target;
  }

  window.Worker = function (url, options) {
    if (/\/workers\/search\.[^/]*\.js/.test(String(url))) return PagefindWorker();
    return new Base(url, options);
  };
  window.Worker.prototype = Base.prototype;
})();
