/* sopbook default theme: the book menu (from menu.js), theme toggle,
   menu on phones, copy buttons, current section in the page TOC,
   and arrow-key paging. Plain JavaScript, works from file://. */
(function () {
  "use strict";
  var doc = document.documentElement;
  var root = doc.getAttribute("data-root") || "";
  var here = doc.getAttribute("data-path") || "";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }

  /* ---- the whole-book menu ---- */
  function contains(entry, path) {
    if (entry.u === path) return true;
    for (var i = 0; entry.c && i < entry.c.length; i++) if (contains(entry.c[i], path)) return true;
    return false;
  }

  function menuList(entries) {
    var ul = el("ul");
    entries.forEach(function (e) {
      var li = el("li");
      if (e.s) { li.className = "separator"; li.setAttribute("role", "separator"); ul.appendChild(li); return; }
      if (e.p) { li.className = "part"; li.textContent = e.p; ul.appendChild(li); return; }
      var row = el("div", { "class": "entry" });
      var link;
      if (e.u) {
        link = el("a", { href: root + e.u }, e.t);
        if (e.u === here) { link.className = "current"; link.setAttribute("aria-current", "page"); }
      } else if (e.x) {
        link = el("a", { href: e.x, "class": "external" }, e.t);
      } else {
        link = el("span", { "class": "draft" }, e.t);
      }
      row.appendChild(link);
      li.appendChild(row);
      if (e.c && e.c.length) {
        var open = contains(e, here);
        var fold = el("button", { type: "button", "class": "fold", "aria-expanded": String(open), title: "Show or hide this section" }, open ? "▾" : "▸");
        fold.addEventListener("click", function () {
          var collapsed = li.classList.toggle("collapsed");
          fold.setAttribute("aria-expanded", String(!collapsed));
          fold.textContent = collapsed ? "▸" : "▾";
        });
        row.insertBefore(fold, row.firstChild);
        if (!open) li.classList.add("collapsed");
        li.appendChild(menuList(e.c));
      }
      ul.appendChild(li);
    });
    return ul;
  }

  function renderMenu() {
    var host = document.getElementById("book-menu");
    if (!host || !window.sopbookMenu) return;
    var list = menuList(window.sopbookMenu);
    list.className = "book-menu";
    host.replaceChildren(list);
    var current = host.querySelector("a.current");
    if (current && current.scrollIntoView) current.scrollIntoView({ block: "nearest" });
  }

  /* ---- light / dark ---- */
  function currentTheme() {
    var set = doc.getAttribute("data-theme");
    if (set) return set;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setupThemeToggle() {
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    function label() { button.setAttribute("aria-pressed", String(currentTheme() === "dark")); }
    label();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      doc.setAttribute("data-theme", next);
      try { localStorage.setItem("sopbook-theme", next); } catch (e) { /* private mode */ }
      label();
    });
  }

  /* ---- menu on narrow screens ---- */
  function setupSidebarToggle() {
    var button = document.getElementById("sidebar-toggle");
    if (!button) return;
    button.addEventListener("click", function () {
      var open = document.body.classList.toggle("sidebar-open");
      button.setAttribute("aria-expanded", String(open));
      if (open) { var a = document.querySelector("#sidebar a"); if (a) a.focus(); }
    });
    function close(refocus) {
      document.body.classList.remove("sidebar-open");
      button.setAttribute("aria-expanded", "false");
      if (refocus) button.focus();
    }
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && document.body.classList.contains("sidebar-open")) close(true);
    });
    // A tap beside the open menu closes it.
    document.addEventListener("click", function (ev) {
      if (!document.body.classList.contains("sidebar-open")) return;
      if (ev.target.closest("#sidebar") || ev.target.closest("#sidebar-toggle")) return;
      close(false);
    });
  }

  /* ---- copy buttons: console prompts and output are left out ---- */
  function commandText(pre) {
    var clone = pre.cloneNode(true);
    var outputs = clone.querySelectorAll(".go");
    var prompts = clone.querySelectorAll(".gp");
    if (!prompts.length) return pre.textContent;
    outputs.forEach(function (n) { n.remove(); });
    prompts.forEach(function (n) { n.remove(); });
    return clone.textContent.split("\n").filter(function (l) { return l.trim() !== ""; }).join("\n") + "\n";
  }

  function setupCopyButtons() {
    document.querySelectorAll("article div.highlight pre").forEach(function (pre) {
      var box = pre.closest("div[class^='highlight-']") || pre.parentNode;
      var button = el("button", { type: "button", "class": "copy-button", title: "Copy the commands" }, "Copy");
      button.addEventListener("click", function () {
        var text = commandText(pre);
        var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
        } else { fallbackCopy(text); done(); }
      });
      box.appendChild(button);
    });
  }

  function fallbackCopy(text) {
    var area = el("textarea");
    area.value = text;
    area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    area.remove();
  }

  /* ---- the section being read, marked in "on this page" ---- */
  function setupTocTracking() {
    var links = document.querySelectorAll(".page-toc a");
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    links.forEach(function (a) { byId[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var a = byId[entry.target.id];
        if (!a) return;
        links.forEach(function (l) { l.classList.remove("active"); });
        a.classList.add("active");
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) observer.observe(target);
    });
  }

  /* ---- left and right arrows page through the book; / goes to search ---- */
  function setupPaging() {
    document.addEventListener("keydown", function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      var t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (ev.key === "/") {
        var box = document.getElementById("search-box");
        if (box) { ev.preventDefault(); box.focus(); }
        return;
      }
      var rel = ev.key === "ArrowLeft" ? "prev" : ev.key === "ArrowRight" ? "next" : null;
      var link = rel && document.querySelector(".prev-next a[rel='" + rel + "']");
      if (link) { window.location.href = link.href; }
    });
  }

  function start() {
    renderMenu();
    setupThemeToggle();
    setupSidebarToggle();
    setupCopyButtons();
    setupTocTracking();
    setupPaging();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
