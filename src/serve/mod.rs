//! `sopbook serve`: a live preview. Builds the book into memory, serves it
//! over HTTP, watches the sources, the theme and `book.toml`, rebuilds only
//! what an edit affects, and tells every open browser over Server-Sent
//! Events (reload a page, swap a stylesheet, show or hide the errors).

mod change;
mod http;
mod project;
mod render;
mod search;
mod site;
mod watch;

pub use http::{Shared, Signal, site_path};
pub use project::Update;
pub use site::LIVE_TAG;

use crate::config::Config;
use anyhow::Context as _;
use project::Project;
use site::Site;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Options of `sopbook serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub dir: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    /// Open the site in the default browser.
    pub open: bool,
    /// Print only errors.
    pub quiet: bool,
}

/// A preview: the build state and the site it serves.
pub struct Preview {
    project: Project,
    shared: Arc<Shared>,
    indexer: search::Indexer,
}

impl Preview {
    /// Builds the whole book; a failed build serves nothing but the
    /// errors until the next good one.
    pub fn new(config: Config) -> Preview {
        let (project, first) = Project::new(config);
        let shared = Shared::new(Site::default());
        let preview = Preview {
            project,
            indexer: search::Indexer::start(shared.clone()),
            shared,
        };
        preview.publish(first);
        preview
    }

    /// The HTTP router serving this preview.
    pub fn router(&self) -> axum::Router {
        http::router(self.shared.clone())
    }

    /// The current build errors, `path:line: message`.
    pub fn errors(&self) -> Vec<String> {
        self.project.error_list()
    }

    /// Pages in the last good build.
    pub fn pages(&self) -> usize {
        self.project.pages()
    }

    /// Rebuilds after the given paths changed (absolute paths); returns
    /// how many pages were rendered, or `None` when no path mattered.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Option<usize> {
        let update = self.project.apply(changed)?;
        let rendered = update.rendered;
        self.publish(update);
        Some(rendered)
    }

    /// Subscribes to the messages sent to browsers.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Signal> {
        self.shared.events.subscribe()
    }

    /// Waits until the search index of the last build is served.
    pub fn settle_search(&self) {
        self.indexer.settle();
    }

    /// Swaps in the new files, then tells the browsers, then has the
    /// search index rebuilt (the last one is served until then).
    fn publish(&self, up: Update) {
        if up.replace_all {
            let mut site = Site::from_files(up.files);
            let mut current = self.shared.site.write().expect("site lock");
            site.keep_dir(search::DIR, &current);
            *current = site;
        } else if !up.files.is_empty() {
            self.shared.site.write().expect("site lock").put(up.files);
        }
        let message = serde_json::json!({
            "pages": up.pages,
            "all": up.all_pages,
            "css": up.css,
            "assets": up.assets,
            "errors": up.errors,
        });
        let status = serde_json::json!({
            "pages": [], "all": false, "css": [], "assets": [], "errors": up.errors,
        });
        *self.shared.status.lock().expect("status lock") = Arc::new(status.to_string());
        let _ = self
            .shared
            .events
            .send(Signal::Build(Arc::new(message.to_string())));
        if let Some(job) = up.search {
            self.indexer.submit(job);
        }
    }
}

/// Runs the preview server until Ctrl-C.
pub fn run(options: &ServeOptions) -> anyhow::Result<()> {
    let config = Config::load(&options.dir)?;
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = std::net::TcpListener::bind(addr).map_err(|e| bind_error(addr, &e))?;
    listener.set_nonblocking(true)?;
    let start = Instant::now();
    let mut preview = Preview::new(config);
    report(
        &preview,
        Some(preview.pages()),
        start.elapsed(),
        options.quiet,
    );
    let url = format!("http://{}/", listener.local_addr()?);
    if !options.quiet {
        eprintln!("serving {url} (Ctrl-C to stop)");
    }
    if options.open {
        open_browser(&url);
    }
    let mut roots = vec![preview.project.paths().root.clone()];
    let src = preview.project.paths().src.clone();
    if !src.starts_with(&roots[0]) {
        roots.push(src);
    }
    let (watcher, rx) = watch::start(&roots).context("cannot watch the book for changes")?;
    let router = preview.router();
    let shared = preview.shared.clone();
    let quiet = options.quiet;
    std::thread::spawn(move || {
        let _watcher = watcher;
        while let Some(batch) = watch::next_batch(&rx) {
            let start = Instant::now();
            if let Some(n) = preview.rebuild(&batch) {
                report(&preview, Some(n), start.elapsed(), quiet);
            }
        }
    });
    serve(listener, router, shared)
}

/// Opens `url` with `$BROWSER` (a command, or several separated by `:`, as
/// sensible-browser reads it), else `xdg-open` (`open` on macOS); a browser
/// that cannot be started is a warning, the server goes on.
fn open_browser(url: &str) {
    let fallback = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let listed = std::env::var("BROWSER").unwrap_or_default();
    let mut tried = Vec::new();
    for cmd in listed.split(':').map(str::trim).filter(|c| !c.is_empty()) {
        tried.push(cmd.to_string());
        if spawn_browser(cmd, url) {
            return;
        }
    }
    tried.push(fallback.to_string());
    if !spawn_browser(fallback, url) {
        eprintln!(
            "warning: cannot open a browser (tried {}): open {url} yourself, \
             or set BROWSER to your browser's command",
            tried.join(", ")
        );
    }
}

/// Starts `cmd` (words split at spaces, `%s` replaced by the URL, else the
/// URL appended) without waiting for it; false when it cannot start.
fn spawn_browser(cmd: &str, url: &str) -> bool {
    let mut words: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
    if words.iter().any(|w| w.contains("%s")) {
        words.iter_mut().for_each(|w| *w = w.replace("%s", url));
    } else {
        words.push(url.to_string());
    }
    std::process::Command::new(&words[0])
        .args(&words[1..])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

/// Serves until Ctrl-C or SIGTERM; open event streams are closed, and
/// the server stops at the latest two seconds later.
fn serve(
    listener: std::net::TcpListener,
    router: axum::Router,
    shared: Arc<Shared>,
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let stop = Arc::new(tokio::sync::Notify::new());
        let signal = {
            let stop = stop.clone();
            async move {
                stopped().await;
                let _ = shared.events.send(Signal::Shutdown);
                stop.notify_one();
            }
        };
        let server = axum::serve(listener, router).with_graceful_shutdown(signal);
        tokio::select! {
            r = std::future::IntoFuture::into_future(server) => r?,
            _ = async { stop.notified().await; tokio::time::sleep(Duration::from_secs(2)).await } => {}
        }
        anyhow::Ok(())
    })?;
    eprintln!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C (SIGINT) or SIGTERM.
async fn stopped() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let term = async {
        match term.as_mut() {
            Some(t) => {
                t.recv().await;
            }
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
}

fn bind_error(addr: SocketAddr, e: &std::io::Error) -> anyhow::Error {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => anyhow::anyhow!(
            "{addr} is already in use: stop the program listening there, or choose another port with --port"
        ),
        std::io::ErrorKind::PermissionDenied => anyhow::anyhow!(
            "cannot listen on {addr}: permission denied; choose a port above 1023 with --port"
        ),
        _ => anyhow::anyhow!("cannot listen on {addr}: {e}"),
    }
}

/// Prints the outcome of a build.
fn report(preview: &Preview, rendered: Option<usize>, took: Duration, quiet: bool) {
    let errors = preview.errors();
    for e in &errors {
        eprintln!("error: {e}");
    }
    if errors.is_empty() && !quiet {
        let ms = took.as_secs_f64() * 1000.0;
        eprintln!("built {} pages in {ms:.0} ms", rendered.unwrap_or(0));
    } else if !errors.is_empty() {
        eprintln!("the build failed: serving the last good pages");
    }
}
