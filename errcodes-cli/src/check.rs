//! `errcodes check`: every problem the macro would report, as rustc shows its errors.

use errcodes_catalog::{Catalog, Source};
use serde::Serialize;

use crate::catalogs::{self, count};
use crate::{out, Failure, Format, Outcome};

/// Report every problem of catalogs, as the `error_catalog!` macro would.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Catalog files, or names of catalogs (`catalogs/<name>.toml` here, else bundled).
    #[arg(required = true, value_name = "FILE.toml")]
    catalogs: Vec<String>,

    /// `json`: one document on standard output with every problem's place and text.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// One catalog's result, for `--format json`.
#[derive(Debug, Serialize)]
struct Report {
    path: String,
    ok: bool,
    /// Set when the catalog loads.
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Summary>,
    problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
struct Summary {
    type_name: String,
    entries: usize,
    locales: Vec<String>,
    groups: usize,
}

#[derive(Debug, Serialize)]
struct Problem {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    /// Byte offsets in the file.
    start: usize,
    end: usize,
    message: String,
    help: Option<String>,
    /// The problem as `errcodes check` and the macro show it.
    rendered: String,
}

pub(crate) fn run(args: &Args) -> Outcome {
    let mut reports = Vec::new();
    let mut failed = 0;
    for name in &args.catalogs {
        let text = match catalogs::read(name) {
            Ok(text) => text,
            Err(failure) if args.format == Format::Text => {
                out::eprint(&format!("{}\n", failure.message));
                failed += 1;
                continue;
            }
            Err(failure) => {
                failed += 1;
                let rendered = plain(&failure);
                reports.push(Report {
                    path: name.clone(),
                    ok: false,
                    summary: None,
                    problems: vec![Problem {
                        line: 0,
                        column: 0,
                        end_line: 0,
                        end_column: 0,
                        start: 0,
                        end: 0,
                        message: rendered.trim_start_matches("error: ").to_owned(),
                        help: None,
                        rendered,
                    }],
                });
                continue;
            }
        };
        match errcodes_catalog::load(&text.source()) {
            Ok(catalog) => {
                if args.format == Format::Text {
                    // As it goes, so that the lines keep the files' order among the errors.
                    out::print(&format!(
                        "{} {}: {}\n",
                        out::paint(out::GOOD, "ok"),
                        text.path,
                        summary_line(&catalog)
                    ))?;
                }
                reports.push(Report {
                    path: text.path.clone(),
                    ok: true,
                    summary: Some(Summary {
                        type_name: catalog.type_name.clone(),
                        entries: catalog.entries.len(),
                        locales: catalog.locales.clone(),
                        groups: catalog.groups.len(),
                    }),
                    problems: Vec::new(),
                });
            }
            Err(problems) => {
                failed += 1;
                if args.format == Format::Text {
                    out::eprint(&catalogs::render_all(&text, &problems));
                    out::eprint(&format!(
                        "{}\n",
                        out::error_line(&format!(
                            "{} has {}",
                            text.path,
                            count(problems.len(), "problem")
                        ))
                    ));
                }
                let source = text.source();
                reports.push(Report {
                    path: text.path.clone(),
                    ok: false,
                    summary: None,
                    problems: problems.iter().map(|p| problem(&source, p)).collect(),
                });
            }
        }
    }
    if args.format == Format::Json {
        out::print_json(&reports)?;
    }
    Ok(u8::from(failed > 0))
}

/// `127 entries, 2 locales (en, zh), 9 groups, type AlibabaPlayerError`.
fn summary_line(catalog: &Catalog) -> String {
    format!(
        "{}, {} ({}), {}, type {}",
        count(catalog.entries.len(), "entry"),
        count(catalog.locales.len(), "locale"),
        catalog.locales.join(", "),
        count(catalog.groups.len(), "group"),
        catalog.type_name
    )
}

fn problem(source: &Source<'_>, p: &errcodes_catalog::Diagnostic) -> Problem {
    let (line, column) = source.line_col(p.span.start);
    let (end_line, end_column) = source.line_col(p.span.end);
    Problem {
        line,
        column,
        end_line,
        end_column,
        start: p.span.start,
        end: p.span.end,
        message: p.message.clone(),
        help: p.help.clone(),
        rendered: p.report(source, errcodes_catalog::Style::Plain),
    }
}

/// A failure's text without its colour, for JSON.
fn plain(failure: &Failure) -> String {
    anstream::adapter::strip_str(&failure.message).to_string()
}
