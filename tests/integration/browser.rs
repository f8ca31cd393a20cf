//! The default theme in headless Chromium: a fixture book is built and a
//! page opened from `file://`; the menu, page TOC, theme toggle, copy
//! button, phone menu and keyboard order are exercised for real, and
//! screenshots are saved under `target/browser-screenshots/`.

use super::support::{fixture, repo, sopbook};
use super::webdriver::Browser;
use serde_json::Value;
use std::path::{Path, PathBuf};

const TAB: &str = "\u{E004}";
const ESCAPE: &str = "\u{E00C}";

/// Builds the browser fixture into a temporary folder; gives the site.
fn built_site(tmp: &Path) -> PathBuf {
    let site = tmp.join("site");
    let out = sopbook()
        .arg("build")
        .arg(fixture("browser", "book"))
        .arg("--dest-dir")
        .arg(&site)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    site
}

fn shots() -> PathBuf {
    repo().join("target/browser-screenshots")
}

fn text(v: Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

#[test]
fn the_theme_works_in_a_real_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let site = built_site(tmp.path());
    let Some(browser) = Browser::start() else {
        return;
    };
    let page = format!("file://{}", site.join("queue/worker.html").display());
    browser.goto(&page);
    browser.wait_for(
        "return document.querySelector('#book-menu .book-menu') !== null",
        10,
    );
    sidebar_menu(&browser);
    page_toc(&browser);
    copy_button(&browser);
    browser.eval("window.scrollTo(0, 0)");
    browser.wait_for("return window.scrollY === 0", 5);
    browser.screenshot(&shots().join("desktop-light.png"));
    theme_toggle(&browser, &page);
    browser.screenshot(&shots().join("desktop-dark.png"));
    browser.click("#theme-toggle");
    phone_menu_and_keyboard(&browser, &page);
}

/// The menu comes from menu.js, marks the current page, and folds.
fn sidebar_menu(b: &Browser) {
    let fallback = b.eval("return document.querySelector('.nav-fallback') === null");
    assert_eq!(fallback, Value::Bool(true), "menu.js replaced the fallback");
    let current = b.eval(
        "var a = document.querySelectorAll('#book-menu a.current');
         return a.length === 1 ? a[0].getAttribute('href') + ' ' + a[0].getAttribute('aria-current') : a.length",
    );
    assert_eq!(text(current), "../queue/worker.html page");
    let titles = b.eval(
        "return Array.from(document.querySelectorAll('#book-menu a')).map(a => a.textContent).join('|')",
    );
    assert_eq!(
        text(titles),
        "Queue|Restart the queue worker|Drain a queue host|Network|Restart the resolver"
    );
    // The current page's section is open, the other one folded.
    let shown = "return Array.from(document.querySelectorAll('#book-menu a'))
        .filter(a => a.offsetParent !== null).map(a => a.textContent).join('|')";
    assert_eq!(
        text(b.eval(shown)),
        "Queue|Restart the queue worker|Drain a queue host|Network"
    );
    b.eval(
        "Array.from(document.querySelectorAll('#book-menu li')).forEach(li => {
           var a = li.querySelector(':scope > .entry > a');
           if (a && a.textContent === 'Network') li.querySelector('.fold').id = 'fold-network';
           if (a && a.textContent === 'Queue') li.querySelector('.fold').id = 'fold-queue';
         })",
    );
    b.click("#fold-network");
    assert_eq!(
        text(b.eval(shown)),
        "Queue|Restart the queue worker|Drain a queue host|Network|Restart the resolver"
    );
    let expanded = "return document.getElementById('fold-network').getAttribute('aria-expanded')";
    assert_eq!(text(b.eval(expanded)), "true");
    b.click("#fold-queue");
    assert_eq!(text(b.eval(shown)), "Queue|Network|Restart the resolver");
    b.click("#fold-queue");
    b.click("#fold-network");
    assert_eq!(text(b.eval(expanded)), "false");
}

/// "On this page" lists the headings, and its links scroll to them.
fn page_toc(b: &Browser) {
    let toc = b.eval(
        "return Array.from(document.querySelectorAll('.page-toc a')).map(a => a.textContent).join('|')",
    );
    assert_eq!(
        text(toc),
        "Check the queue depth|Find the stuck job|Restart the worker|Confirm jobs flow again|Write the incident note"
    );
    assert_eq!(b.eval("return window.scrollY"), Value::from(0));
    b.eval(
        "Array.from(document.querySelectorAll('.page-toc a'))
           .find(a => a.textContent === 'Confirm jobs flow again').id = 'toc-confirm'",
    );
    b.click("#toc-confirm");
    b.wait_for("return location.hash === '#confirm-jobs-flow-again'", 5);
    b.wait_for(
        "var t = document.getElementById('confirm-jobs-flow-again').getBoundingClientRect().top;
         return window.scrollY > 0 && t >= 0 && t < 150",
        5,
    );
    b.wait_for(
        "var a = document.querySelector('.page-toc a.active'); return a !== null && a.id === 'toc-confirm'",
        5,
    );
}

/// The copy button leaves prompts and output out.
fn copy_button(b: &Browser) {
    b.eval(
        "window.__copied = null;
         var record = function (t) { window.__copied = t; return Promise.resolve(); };
         Object.defineProperty(navigator, 'clipboard', { value: { writeText: record }, configurable: true });
         document.execCommand = function () { window.__copied = document.activeElement.value; return true; };
         var buttons = document.querySelectorAll('article .copy-button');
         buttons[buttons.length - 1].id = 'copy-restart';
         buttons[buttons.length - 1].scrollIntoView({ block: 'center' });",
    );
    b.click("#copy-restart");
    b.wait_for("return window.__copied !== null", 5);
    assert_eq!(
        text(b.eval("return window.__copied")),
        "sudo systemctl restart queue-worker\njournalctl -u queue-worker --since \"5 min ago\"\n"
    );
    b.wait_for(
        "return document.getElementById('copy-restart').textContent === 'Copied'",
        5,
    );
}

/// The toggle flips `data-theme` and the choice survives a reload.
fn theme_toggle(b: &Browser, page: &str) {
    let theme = "return document.documentElement.getAttribute('data-theme')";
    assert_eq!(b.eval(theme), Value::Null, "follows the system at first");
    b.click("#theme-toggle");
    assert_eq!(text(b.eval(theme)), "dark");
    let bg = "return getComputedStyle(document.body).backgroundColor";
    assert_eq!(text(b.eval(bg)), "rgb(13, 17, 23)");
    b.goto(page);
    b.wait_for(
        "return document.querySelector('#book-menu .book-menu') !== null",
        10,
    );
    assert_eq!(text(b.eval(theme)), "dark", "remembered after reload");
    assert_eq!(
        text(b.eval("return document.getElementById('theme-toggle').getAttribute('aria-pressed')")),
        "true"
    );
}

/// At phone width the menu opens with its button and closes with Escape;
/// Tab reaches the menu button, the search box and the theme toggle.
fn phone_menu_and_keyboard(b: &Browser, page: &str) {
    b.resize(390, 844);
    b.goto(page);
    b.wait_for("return window.innerWidth < 800", 10);
    b.wait_for(
        "return document.querySelector('#book-menu .book-menu') !== null",
        10,
    );
    let open = "return document.body.classList.contains('sidebar-open')";
    let visible = "var r = document.getElementById('sidebar').getBoundingClientRect();
        return r.left >= 0 && r.right > 100 && getComputedStyle(document.getElementById('sidebar')).visibility === 'visible'";
    assert_eq!(
        b.eval(visible),
        Value::Bool(false),
        "menu hidden on a phone"
    );
    let mut focused = Vec::new();
    for _ in 0..6 {
        b.press(TAB);
        let id = b.eval(
            "var e = document.activeElement;
             return (e.id || e.className || e.tagName) + (getComputedStyle(e).outlineStyle === 'none' ? ' (no outline)' : '')",
        );
        focused.push(text(id));
    }
    for id in ["sidebar-toggle", "search-box", "theme-toggle"] {
        assert!(
            focused.iter().any(|f| f == id),
            "Tab never reached #{id} with a visible outline: {focused:?}"
        );
    }
    b.eval("document.activeElement.blur()");
    b.press("/");
    assert_eq!(
        text(b.eval("return document.activeElement.id")),
        "search-box",
        "/ focuses the search box"
    );
    b.click("#sidebar-toggle");
    assert_eq!(b.eval(open), Value::Bool(true));
    b.wait_for(visible, 5);
    assert_eq!(
        text(b.eval("return document.activeElement.closest('#sidebar') ? 'in menu' : 'elsewhere'")),
        "in menu",
        "focus moves into the opened menu"
    );
    b.screenshot(&shots().join("phone-menu-open.png"));
    b.press(ESCAPE);
    assert_eq!(b.eval(open), Value::Bool(false));
    assert_eq!(
        text(b.eval("return document.activeElement.id")),
        "sidebar-toggle"
    );
    b.wait_for(&format!("return !(function(){{ {visible} }})()"), 5);
    b.screenshot(&shots().join("phone.png"));
}

#[test]
fn pages_carry_a_menu_fallback_without_javascript() {
    let tmp = tempfile::tempdir().unwrap();
    let site = built_site(tmp.path());
    let html = std::fs::read_to_string(site.join("queue/worker.html")).unwrap();
    let start = html
        .find("<ul class=\"nav-fallback\">")
        .expect("fallback menu");
    let fallback = &html[start..start + html[start..].find("</ul>").unwrap()];
    for needle in [
        "href=\"index.html\">Queue</a>",
        "href=\"worker.html\" aria-current=\"page\" class=\"current\">Restart the queue worker</a>",
        "href=\"drain.html\">Drain a queue host</a>",
    ] {
        assert!(fallback.contains(needle), "{needle} not in {fallback}");
    }
    assert!(!fallback.contains("Restart the resolver"), "{fallback}");
}
