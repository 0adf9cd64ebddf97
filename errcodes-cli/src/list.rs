//! `errcodes list`: a catalog as a table.

use std::fmt::Write as _;

use errcodes_catalog::{Catalog, Code, CodeType};
use serde_json::Value;

use crate::catalogs::{self, count};
use crate::{out, Failure, Format, Outcome};

/// Print a catalog as a table.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// A catalog file, or a name (`catalogs/<name>.toml` here, else bundled).
    #[arg(value_name = "NAME_OR_FILE")]
    catalog: String,

    /// The locale of the messages: a tag of the catalog, or one that falls back to it
    /// (`zh-CN` gives `zh`). The default locale unless set.
    #[arg(long)]
    locale: Option<String>,

    /// `json`: the catalog and its entries on standard output.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub(crate) fn run(args: &Args) -> Outcome {
    let loaded = catalogs::open(&args.catalog)?;
    let catalog = &loaded.catalog;
    let locale = match &args.locale {
        None => 0,
        Some(tag) => catalog.locale_index(tag).ok_or_else(|| {
            Failure::error(format!(
                "{} has no messages in `{tag}`: its locales are {}",
                loaded.text.path,
                catalog.locales.join(", ")
            ))
        })?,
    };
    match args.format {
        Format::Text => out::print(&table(&loaded.text.name, catalog, locale))?,
        Format::Json => out::print_json(&json(&loaded.text.name, catalog))?,
    }
    Ok(0)
}

/// The header line and one row per entry: code, name, group, HTTP status, message.
fn table(name: &str, catalog: &Catalog, locale: usize) -> String {
    let mut text = format!(
        "{}: {}, {}, {} ({})\n",
        out::paint(out::BOLD, name),
        catalog.type_name,
        count(catalog.entries.len(), "entry"),
        count(catalog.locales.len(), "locale"),
        catalog.locales.join(", "),
    );
    // A string code that is the entry's name is shown once, as the name.
    let has_codes = catalog
        .entries
        .iter()
        .any(|e| !matches!(&e.code, Code::Text(code) if *code == e.name));
    let has_groups = catalog.entries.iter().any(|e| e.group.is_some());
    let has_status = catalog.entries.iter().any(|e| e.http_status.is_some());
    let rows: Vec<Vec<String>> = catalog
        .entries
        .iter()
        .map(|entry| {
            let mut row = Vec::new();
            if has_codes {
                row.push(catalog.format_code(entry));
            }
            row.push(entry.name.clone());
            if has_groups {
                let group = entry.group.and_then(|g| catalog.groups.get(g));
                row.push(group.map_or_else(String::new, |g| g.id.clone()));
            }
            if has_status {
                row.push(
                    entry
                        .http_status
                        .map_or_else(String::new, |s| s.to_string()),
                );
            }
            row.push(entry.messages.get(locale).cloned().unwrap_or_default());
            row
        })
        .collect();
    let mut header = Vec::new();
    if has_codes {
        header.push("CODE");
    }
    header.push("NAME");
    if has_groups {
        header.push("GROUP");
    }
    if has_status {
        header.push("HTTP");
    }
    header.push("MESSAGE");
    // Every column but the last is padded to its widest cell.
    let columns = header.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .chain(header.get(c).map(|h| (*h).to_owned()).iter())
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                line.push_str(cell);
            } else {
                let width = widths.get(i).copied().unwrap_or(0);
                let _ = write!(line, "{cell:width$}  ");
            }
        }
        line.trim_end().to_owned()
    };
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let _ = writeln!(text, "{}", out::paint(out::LABEL, &line(&header)));
    for row in &rows {
        let _ = writeln!(text, "{}", line(row));
    }
    text
}

fn json(name: &str, catalog: &Catalog) -> Value {
    let by_locale = |texts: &[String]| crate::out::by_locale(&catalog.locales, texts);
    let entries: Vec<Value> = catalog
        .entries
        .iter()
        .map(|entry| {
            let code = match &entry.code {
                Code::Int(value) => Value::from(*value),
                Code::Text(text) => Value::String(text.clone()),
            };
            serde_json::json!({
                "name": entry.name,
                "code": code,
                "code_text": catalog.format_code(entry),
                "variant": entry.variant,
                "aliases": entry.aliases.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
                "group": entry.group.and_then(|g| catalog.groups.get(g)).map(|g| g.id.clone()),
                "http_status": entry.http_status,
                "retryable": entry.retryable,
                "description": entry.description,
                "messages": by_locale(&entry.messages),
            })
        })
        .collect();
    let groups: Vec<Value> = catalog
        .groups
        .iter()
        .map(|g| serde_json::json!({ "id": g.id, "titles": by_locale(&g.titles) }))
        .collect();
    serde_json::json!({
        "catalog": name,
        "type_name": catalog.type_name,
        "title": catalog.title,
        "vendor": catalog.vendor,
        "source": catalog.source,
        "code_type": match catalog.code_type {
            CodeType::String => "string",
            integer => integer.rust_name(),
        },
        "locales": catalog.locales,
        "groups": groups,
        "entries": entries,
    })
}
