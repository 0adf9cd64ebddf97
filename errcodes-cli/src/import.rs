//! `errcodes import`: a vendor's page of error-code tables (markdown) to a catalog.
//!
//! The import itself is the `errcodes-import` library's; this is the command line around it.

use std::path::PathBuf;

use crate::{Failure, Outcome};

/// Turn a vendor's page of error-code tables (markdown) into a catalog.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The vendor's page, in markdown.
    #[arg(value_name = "PAGE.md")]
    page: PathBuf,

    /// The catalog's name, from which the type's name comes (`my_api` gives `MyApiError`); the
    /// page's file name without its extensions unless set.
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

pub(crate) fn run(args: &Args) -> Outcome {
    let _ = (
        &args.page,
        &args.name,
        &args.locale,
        &args.merge,
        &args.output,
    );
    Err(Failure::error(
        "errcodes import is not available in this build: the errcodes-import library is not \
         wired in yet",
    ))
}
