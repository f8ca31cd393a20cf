//! The `sopbook convert` command: arguments in, converted files written
//! (or printed), and a per-file report on standard error.
//!
//! Output names: `NAME.txt` becomes `NAME.rst` or `NAME.md`, beside the
//! input or in `--out`. When several inputs share a file name (every SOP
//! folder holding a `before.txt`) and would land in the same folder, each
//! takes its parent folder's name instead (`bacula/before.txt` becomes
//! `OUT/bacula.rst`).

use anyhow::{Context, bail};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Arguments of `sopbook convert`.
#[derive(clap::Args, Debug, Clone)]
pub struct ConvertArgs {
    /// Plain-text files, or folders searched for `*.txt`; `-` reads
    /// standard input and writes standard output.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The format to write.
    #[arg(long, value_enum)]
    pub to: Target,
    /// Folder to write into (default: beside each input). `NAME.txt`
    /// becomes `NAME.rst`/`NAME.md`; inputs sharing a file name (`*/before.txt`)
    /// are named after their parent folder instead.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print what would be written instead of writing it.
    #[arg(long)]
    pub dry_run: bool,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    /// Print only errors, not what was recognised in each file (the
    /// global `--quiet`).
    #[arg(skip)]
    pub quiet: bool,
}

/// The output format.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Rst,
    Md,
}

impl Target {
    fn extension(self) -> &'static str {
        match self {
            Target::Rst => "rst",
            Target::Md => "md",
        }
    }

    /// Writes a document in this format.
    pub fn write(self, doc: &crate::doc::Document) -> String {
        match self {
            Target::Rst => crate::write::rst::write(doc),
            Target::Md => crate::write::markdown::write(doc),
        }
    }
}

/// Runs `sopbook convert`; fails when any input could not be converted.
pub fn run(args: &ConvertArgs) -> anyhow::Result<()> {
    let inputs = expand(&args.inputs)?;
    let targets = targets(&inputs, args)?;
    let mut failed = 0;
    for (input, target) in inputs.iter().zip(&targets) {
        if let Err(e) = one(input, target.as_deref(), args) {
            eprintln!("error: {}: {e:#}", input.display());
            failed += 1;
        }
    }
    if failed > 0 {
        bail!("{failed} of {} inputs not converted", inputs.len());
    }
    Ok(())
}

/// Files named on the command line, folders replaced by their `*.txt`.
fn expand(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = walkdir::WalkDir::new(p)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .filter(|f| f.extension().is_some_and(|x| x == "txt"))
            .collect();
        if found.is_empty() {
            bail!("{}: no .txt files in this folder", p.display());
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

/// The output path of every input (`None`: standard output).
fn targets(inputs: &[PathBuf], args: &ConvertArgs) -> anyhow::Result<Vec<Option<PathBuf>>> {
    let ext = args.to.extension();
    let dir_of = |p: &Path| match &args.out {
        Some(d) => d.clone(),
        None => p.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut seen: HashMap<(PathBuf, String), usize> = HashMap::new();
    for p in inputs.iter().filter(|p| p.as_os_str() != "-") {
        *seen.entry((dir_of(p), stem(p))).or_default() += 1;
    }
    let mut out = Vec::new();
    let mut taken: HashMap<PathBuf, &Path> = HashMap::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(None);
            continue;
        }
        let dir = dir_of(p);
        let mut name = stem(p);
        if seen[&(dir.clone(), name.clone())] > 1
            && let Some(parent) = p.canonicalize().ok().and_then(|c| {
                c.parent()?
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
        {
            name = parent;
        }
        let target = dir.join(format!("{name}.{ext}"));
        if let Some(other) = taken.insert(target.clone(), p) {
            bail!(
                "{} and {} would both be written to {}: convert them into different --out folders",
                other.display(),
                p.display(),
                target.display()
            );
        }
        out.push(Some(target));
    }
    Ok(out)
}

fn one(input: &Path, target: Option<&Path>, args: &ConvertArgs) -> anyhow::Result<()> {
    let bytes = if input.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        std::fs::read(input).context("cannot read the file")?
    };
    let (text, encoding) = super::encoding::decode(&bytes).map_err(anyhow::Error::msg)?;
    let converted = super::read(&text);
    let output = args.to.write(&converted.doc);
    let shown = target.map_or("standard output".to_string(), |t| t.display().to_string());
    match target {
        None => std::io::stdout().write_all(output.as_bytes())?,
        Some(t) if args.dry_run => {
            println!("==> {} <==", t.display());
            print!("{output}");
        }
        Some(t) => {
            if t.exists() && !args.force {
                bail!("{} exists: pass --force to overwrite it", t.display());
            }
            if let Some(dir) = t.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            std::fs::write(t, &output).with_context(|| format!("cannot write {}", t.display()))?;
        }
    }
    if args.quiet {
        return Ok(());
    }
    let verb = if args.dry_run { "would write" } else { "wrote" };
    eprintln!(
        "{} -> {verb} {shown}: {}",
        input.display(),
        converted.report.summary()
    );
    if let Some(name) = encoding {
        eprintln!(
            "  {}: read as {name}, not UTF-8; the output is UTF-8",
            input.display()
        );
    }
    for d in &converted.report.unsure {
        eprintln!("  {}:{}: unsure: {}", input.display(), d.line, d.message);
    }
    Ok(())
}
