//! `errcodes import`: a vendor's page of error-code tables (markdown) to a catalog.
//!
//! The import itself is the `errcodes-import` library's; this is the command line around it:
//! reading the pages, naming the catalog, showing each problem at its line of its page as rustc
//! shows errors, writing the catalog, and checking it as `errcodes check` would.

use std::path::{Path, PathBuf};

use errcodes_catalog::{Diagnostic, Severity, Source, Style};
use errcodes_import::{ImportOptions, Imported};

use crate::catalogs::{self, count};
use crate::{out, Failure, Outcome};

/// Turn a vendor's page of error-code tables (markdown) into a catalog.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The vendor's page, in markdown.
    #[arg(value_name = "PAGE.md")]
    page: PathBuf,

    /// The catalog's name, from which the type's name comes (`my_api` gives `MyApiError`); the
    /// page's file name up to its first `.` unless set.
    #[arg(long)]
    name: Option<String>,

    /// The locale of the page's messages: the catalog's default locale.
    #[arg(long, default_value = "en")]
    locale: String,

    /// Add the messages of the same table in another language, as LOCALE=PAGE.md
    /// (`zh=page.zh.md`); repeat for more locales.
    #[arg(long, value_name = "LOCALE=PAGE.md", value_parser = parse_merge)]
    merge: Vec<(String, PathBuf)>,

    /// Write the catalog to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// `zh=page.zh.md` as a locale and a path.
fn parse_merge(text: &str) -> Result<(String, PathBuf), String> {
    match text.split_once('=') {
        Some((locale, path)) if !locale.is_empty() && !path.is_empty() => {
            Ok((locale.to_owned(), PathBuf::from(path)))
        }
        _ => Err(format!(
            "`{text}` is not LOCALE=PAGE.md: write the locale, `=` and the page, such as \
             zh=page.zh.md"
        )),
    }
}

/// A page's path as shown, and its text.
struct Page {
    path: String,
    text: String,
}

fn read_page(path: &Path) -> Result<Page, Failure> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::error(format!("page {shown} does not exist: fix the path"))
        }
        _ => Failure::error(format!("cannot read page {shown}: {e}")),
    })?;
    // A page that is not all UTF-8 is read as far as it can be; the importer reports what it
    // cannot use.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            out::eprint(&format!(
                "{}\n",
                out::warning_line(&format!(
                    "{shown} is not UTF-8 (at byte {}): what is not is read as U+FFFD",
                    e.utf8_error().valid_up_to()
                ))
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Ok(Page { path: shown, text })
}

/// The catalog's name from the page's file name: `alibaba_player.en.md` gives `alibaba_player`.
fn name_from(page: &Path) -> Option<String> {
    let file = page.file_name()?.to_string_lossy().into_owned();
    let stem = file.split('.').next().unwrap_or_default();
    (!stem.is_empty()).then(|| stem.to_owned())
}

pub(crate) fn run(args: &Args) -> Outcome {
    let main = read_page(&args.page)?;
    let mut pages = vec![main];
    for (_, path) in &args.merge {
        pages.push(read_page(path)?);
    }
    let options = ImportOptions {
        name: args.name.clone().or_else(|| name_from(&args.page)),
        locale: args.locale.clone(),
        merge: args
            .merge
            .iter()
            .zip(pages.iter().skip(1))
            .map(|((locale, _), page)| (locale.clone(), page.text.clone()))
            .collect(),
    };
    let imported =
        errcodes_import::import_page(pages.first().map_or("", |p| p.text.as_str()), &options);
    report_problems(&pages, &imported);

    let shown = args
        .output
        .as_ref()
        .map_or_else(|| "<stdout>".to_owned(), |p| p.display().to_string());
    match &args.output {
        Some(path) => std::fs::write(path, &imported.toml)
            .map_err(|e| Failure::error(format!("cannot write {shown}: {e}")))?,
        None => out::print(&imported.toml)?,
    }

    // What the macro would say of the catalog, as `errcodes check` says it.
    let checked = errcodes_catalog::load(&Source::new(&shown, &imported.toml));
    let mut failed = imported.has_errors();
    match checked {
        Ok(catalog) => {
            let warnings = imported
                .problems
                .iter()
                .filter(|p| p.severity == errcodes_import::Severity::Warning)
                .count();
            let errors = imported.problems.len() - warnings;
            out::eprint(&format!(
                "{} {shown}: {}, {}, {}; {}, {} on the page{}\n",
                out::paint(out::GOOD, "imported"),
                count(catalog.entries.len(), "entry"),
                count(catalog.groups.len(), "group"),
                count(catalog.locales.len(), "locale"),
                count(errors, "error"),
                count(warnings, "warning"),
                if warnings > 0 {
                    ": review the guesses above"
                } else {
                    ""
                },
            ));
        }
        Err(problems) => {
            failed = true;
            let text = catalogs::Text {
                name: shown.clone(),
                path: shown.clone(),
                toml: imported.toml.clone(),
            };
            out::eprint(&catalogs::render_all(&text, &problems));
            out::eprint(&format!(
                "{}\n",
                out::error_line(&format!(
                    "the catalog imported into {shown} has {} that error_catalog! would reject: \
                     fix the page, or the catalog by hand",
                    count(problems.len(), "problem")
                ))
            ));
        }
    }
    Ok(u8::from(failed))
}

/// Every problem of the import at its line of its page, as rustc shows errors and warnings.
fn report_problems(pages: &[Page], imported: &Imported) {
    for problem in &imported.problems {
        let Some(page) = pages.get(problem.page) else {
            continue;
        };
        let severity = match problem.severity {
            errcodes_import::Severity::Error => Severity::Error,
            errcodes_import::Severity::Warning => Severity::Warning,
        };
        let mut diagnostic = Diagnostic::new(problem.span.clone(), &problem.message);
        diagnostic.help.clone_from(&problem.help);
        let report =
            diagnostic.report_as(&Source::new(&page.path, &page.text), Style::Color, severity);
        out::eprint(&format!("{report}\n\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_pages() {
        assert_eq!(
            name_from(Path::new("catalogs/sources/alibaba_player.en.md")).as_deref(),
            Some("alibaba_player")
        );
        assert_eq!(name_from(Path::new("page.md")).as_deref(), Some("page"));
        assert_eq!(name_from(Path::new(".md")), None);
    }

    #[test]
    fn merge_arguments() {
        assert_eq!(
            parse_merge("zh=page.zh.md"),
            Ok(("zh".to_owned(), PathBuf::from("page.zh.md")))
        );
        assert!(parse_merge("zh").unwrap_err().contains("LOCALE=PAGE.md"));
        assert!(parse_merge("=x.md").is_err());
    }
}
