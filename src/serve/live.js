// sopbook serve: live reload. Injected only by the preview server.
(function () {
  "use strict";
  var path = decodeURIComponent(location.pathname.slice(1));
  if (path === "" || path.slice(-1) === "/") path += "index.html";
  var key = "sopbook-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved !== null) {
      sessionStorage.removeItem(key);
      var y = Number(saved);
      var go = function () { window.scrollTo(0, y); };
      if ("scrollRestoration" in history) history.scrollRestoration = "manual";
      go();
      window.addEventListener("load", go);
    }
  } catch (e) { /* storage may be off */ }

  function overlay(errors) {
    var box = document.getElementById("sopbook-overlay");
    if (!errors.length) {
      if (box) box.parentNode.removeChild(box);
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "sopbook-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;top:0;left:0;right:0;bottom:0;z-index:2147483647;" +
        "background:rgba(24,24,24,.94);color:#fafafa;font:14px/1.5 monospace;padding:2em;" +
        "overflow:auto;white-space:pre-wrap;margin:0";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "The build failed; this is the last good version of the page.\n\n";
    box.appendChild(title);
    box.appendChild(document.createTextNode(errors.join("\n") + "\n"));
  }

  function reload() {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* ignore */ }
    location.reload();
  }

  function sitePath(url) {
    var a = document.createElement("a");
    a.href = url;
    return decodeURIComponent(a.pathname.slice(1));
  }

  function swapCss(paths) {
    var links = document.querySelectorAll("link[rel~=stylesheet]");
    Array.prototype.forEach.call(links, function (link) {
      var href = link.getAttribute("href");
      if (paths.indexOf(sitePath(href)) < 0) return;
      var fresh = link.cloneNode();
      fresh.href = href.split("?")[0] + "?v=" + Date.now();
      fresh.addEventListener("load", function () {
        if (link.parentNode) link.parentNode.removeChild(link);
      });
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function uses(assets) {
    var els = document.querySelectorAll("img[src], source[src], video[src], object[data]");
    return Array.prototype.some.call(els, function (el) {
      return assets.indexOf(sitePath(el.getAttribute("src") || el.getAttribute("data"))) >= 0;
    });
  }

  var events = new EventSource("/__sopbook/events");
  events.addEventListener("open", function () {
    document.documentElement.setAttribute("data-sopbook-live", "connected");
  });
  events.addEventListener("build", function (e) {
    var m = JSON.parse(e.data);
    overlay(m.errors);
    // Another page may be broken while this one was rebuilt: reload it,
    // the overlay comes back with the errors on connecting.
    if (m.all || m.pages.indexOf(path) >= 0) return reload();
    if (m.css.length) swapCss(m.css);
    if (m.assets.length && uses(m.assets)) reload();
  });
  // A new search index: the search box and results page load it afresh.
  events.addEventListener("search", function () {
    if (window.sopbookSearchRefresh) window.sopbookSearchRefresh();
  });
})();
