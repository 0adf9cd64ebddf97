//! `errcodes diff`: what changed between two versions of a catalog, and what breaks users of
//! the generated type.

use std::fmt::Write as _;

use errcodes_catalog::{Change, ChangeKind};
use serde::Serialize;

use crate::catalogs::{self, count};
use crate::{out, Format, Outcome};

/// What changed between two versions of a catalog; exit status 2 when a change breaks users of
/// the generated type (a major release), 0 otherwise.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The old version: a file, or a catalog name.
    #[arg(value_name = "OLD.toml")]
    old: String,

    /// The new version: a file, or a catalog name.
    #[arg(value_name = "NEW.toml")]
    new: String,

    /// `json`: the changes and whether any breaks, on standard output.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The exit status when a change breaks users.
const BREAKING: u8 = 2;

#[derive(Debug, Serialize)]
struct Report<'c> {
    old: &'c str,
    new: &'c str,
    breaking: bool,
    changes: Vec<ChangeJson<'c>>,
}

#[derive(Debug, Serialize)]
struct ChangeJson<'c> {
    kind: &'static str,
    name: &'c str,
    old: Option<&'c str>,
    new: Option<&'c str>,
    breaking: bool,
    note: &'c str,
}

pub(crate) fn run(args: &Args) -> Outcome {
    let old = catalogs::open(&args.old)?;
    let new = catalogs::open(&args.new)?;
    let changes = errcodes_catalog::diff(&old.catalog, &new.catalog);
    let breaking = changes.iter().any(|c| c.breaking);
    match args.format {
        Format::Text => out::print(&text(&changes))?,
        Format::Json => out::print_json(&Report {
            old: &old.text.path,
            new: &new.text.path,
            breaking,
            changes: changes
                .iter()
                .map(|c| ChangeJson {
                    kind: c.kind.as_str(),
                    name: &c.name,
                    old: c.old.as_deref(),
                    new: c.new.as_deref(),
                    breaking: c.breaking,
                    note: &c.note,
                })
                .collect(),
        })?,
    }
    Ok(if breaking { BREAKING } else { 0 })
}

/// One line a change, the breaking ones first, then the verdict.
fn text(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no changes\n".to_owned();
    }
    let mut text = String::new();
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| !c.breaking);
    let kind_width = sorted
        .iter()
        .map(|c| c.kind.as_str().len())
        .max()
        .unwrap_or(0);
    for change in &sorted {
        let flag = if change.breaking {
            out::paint(out::ERROR, "breaking")
        } else {
            out::paint(out::GOOD, "ok      ")
        };
        let kind = format!("{:kind_width$}", change.kind.as_str());
        let what = match (&change.old, &change.new) {
            (Some(old), Some(new)) if change.kind == ChangeKind::Message => {
                format!("{old:?} → {new:?}")
            }
            (Some(old), Some(new)) => format!("{old} → {new}"),
            // A string code is the entry's name: said once.
            (Some(code), None) | (None, Some(code)) if *code == change.name => String::new(),
            (Some(old), None) => old.clone(),
            (None, Some(new)) => new.clone(),
            (None, None) => String::new(),
        };
        let subject: Vec<String> = [out::paint(out::BOLD, &change.name), what]
            .into_iter()
            .filter(|s| !anstream::adapter::strip_str(s).to_string().is_empty())
            .collect();
        let _ = writeln!(
            text,
            "{flag}  {}  {}  ({})",
            out::paint(out::LABEL, &kind),
            subject.join(" "),
            change.note
        );
    }
    let broken = changes.iter().filter(|c| c.breaking).count();
    let verdict = if broken > 0 {
        format!(
            "{}, {} breaking: users of the generated type need a major release",
            count(changes.len(), "change"),
            broken
        )
    } else {
        format!(
            "{}, none breaking: a minor release",
            count(changes.len(), "change")
        )
    };
    let _ = writeln!(text, "{verdict}");
    text
}
