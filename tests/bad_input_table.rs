//! Keeps `docs/bad-input.md` true: every row of its tables is run, and the messages (or, for an
//! input that is accepted, the generated code) must be what the row says.
//!
//! A row's input is one of:
//! - a link to a fixture in `tests/bad_input/`: the test runs the macro's library
//!   (`errcodes_codegen::error_catalog`) on its path, from this crate's directory, and the
//!   messages must be the row's, all of them and in order;
//! - a link to a UI test in `tests/ui/`: each message of the row must be an error in its
//!   checked-in `.stderr` (trybuild checks that the `.stderr` is what rustc prints);
//! - the name of a case this test makes (a file too large to check in, a FIFO, a dangling
//!   link), written as code: the test makes it in a temporary directory and runs the library on
//!   it, as for a fixture.
//!
//! A row whose result starts with "compiles" is an input that is accepted: its expansion must
//! parse as Rust items, and each piece of code in the result must be in the generated code.
//!
//! When the table and the library disagree, the failure lists what the library says for every
//! row that differs.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

const DOC: &str = "docs/bad-input.md";

#[test]
fn every_row_of_the_table_is_what_the_library_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let markdown = std::fs::read_to_string(root.join(DOC)).expect("docs/bad-input.md is readable");
    let rows = rows(&markdown);
    assert!(
        rows.len() >= 40,
        "{DOC} has {} rows; it should keep every class of bad input tried",
        rows.len()
    );
    let mut failures = String::new();
    // Every fixture is a row: an input nobody reads says nothing.
    let fixtures = std::fs::read_dir(root.join("tests").join("bad_input")).expect("fixtures");
    for fixture in fixtures {
        let name = fixture.expect("a fixture").file_name();
        let link = format!("../tests/bad_input/{}", name.to_string_lossy());
        if !rows.iter().any(|row| row.input.links.contains(&link)) {
            let _ = writeln!(failures, "\nno row of {DOC} has the input {link}");
        }
    }
    for row in &rows {
        if let Err(why) = check(root, row) {
            let _ = writeln!(failures, "\n{DOC}, row `{}`:\n{why}", row.case);
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

/// One row of a table: what the case is, its input and the result the doc gives.
struct Row {
    case: String,
    input: Cell,
    result: Cell,
}

/// A table cell: its text, its pieces of code (outside links) and the destinations of its links.
#[derive(Default)]
struct Cell {
    text: String,
    code: Vec<String>,
    links: Vec<String>,
    /// Where the cell has a `…` between its pieces of code: the number of pieces before it.
    /// The messages before it are the first ones and those after it the last ones.
    gap: Option<usize>,
}

/// The rows of every table whose columns are `case | input | result`.
fn rows(markdown: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut in_head = false;
    // Code in a link's text names the file linked to, not a message.
    let mut in_link = false;
    let mut header_ok = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead) => {
                in_head = true;
                cells.clear();
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                let names: Vec<&str> = cells.iter().map(|c| c.text.trim()).collect();
                header_ok = names == ["case", "input", "result"];
            }
            Event::Start(Tag::TableRow) => cells.clear(),
            Event::End(TagEnd::TableRow) if header_ok && !in_head => {
                let mut it = std::mem::take(&mut cells).into_iter();
                if let (Some(case), Some(input), Some(result)) = (it.next(), it.next(), it.next()) {
                    rows.push(Row {
                        case: case.text.trim().to_owned(),
                        input,
                        result,
                    });
                }
            }
            Event::Start(Tag::TableCell) => cells.push(Cell::default()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                in_link = true;
                if let Some(cell) = cells.last_mut() {
                    cell.links.push(dest_url.into_string());
                }
            }
            Event::End(TagEnd::Link) => in_link = false,
            Event::Text(text) => {
                if let Some(cell) = cells.last_mut() {
                    if text.contains('…') {
                        cell.gap = Some(cell.code.len());
                    }
                    cell.text.push_str(&text);
                }
            }
            Event::Code(code) => {
                if let Some(cell) = cells.last_mut() {
                    cell.text.push_str(&code);
                    if !in_link {
                        cell.code.push(code.into_string());
                    }
                }
            }
            _ => {}
        }
    }
    rows
}

/// What the library gives for an input.
enum Outcome {
    /// The messages of the `compile_error!`s, in order.
    Errors(Vec<String>),
    /// The generated items, as text.
    Items(String),
}

fn check(root: &Path, row: &Row) -> Result<(), String> {
    let accepted = row.result.text.trim_start().starts_with("compiles");
    let outcome = match row.input.links.first() {
        Some(link) if link.starts_with("../tests/ui/") => {
            return check_ui(root, link.trim_start_matches("../"), &row.result.code);
        }
        Some(link) if link.starts_with("../tests/bad_input/") => {
            run_at(root, link.trim_start_matches("../"))
        }
        Some(link) => return Err(format!("the input links to {link}, which is no test input")),
        None => {
            let name = row.input.code.first().ok_or("the input names no case")?;
            generated(name)?
        }
    };
    let expected = &row.result.code;
    let matches = |got: &[String]| match row.result.gap {
        None => got == expected.as_slice(),
        Some(gap) => {
            let (first, last) = expected.split_at(gap.min(expected.len()));
            got.len() > expected.len() && got.starts_with(first) && got.ends_with(last)
        }
    };
    match (outcome, accepted) {
        (Outcome::Errors(got), false) if matches(&got) => Ok(()),
        (Outcome::Errors(got), _) => Err(format!("the library says:\n{}", as_list(&got))),
        (Outcome::Items(_), false) => Err("the library accepts it".to_owned()),
        (Outcome::Items(items), true) => {
            let missing: Vec<_> = row
                .result
                .code
                .iter()
                .filter(|c| !items.contains(c.as_str()))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("the generated code has none of {missing:?}"))
            }
        }
    }
}

/// Each expected message must be an error of the UI test's `.stderr`.
fn check_ui(root: &Path, test: &str, expected: &[String]) -> Result<(), String> {
    let stderr = root.join(test).with_extension("stderr");
    let stderr = std::fs::read_to_string(&stderr)
        .map_err(|e| format!("cannot read {}: {e}", stderr.display()))?;
    let lines: Vec<&str> = stderr.lines().collect();
    let errors: Vec<String> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let message = l.strip_prefix("error: ")?;
            // rustc indents the lines of a message after its first by the width of `error: `;
            // the lines of the report end where rustc's own ` --> file.rs` is.
            let report = lines
                .iter()
                .skip(i + 1)
                .take_while(|l| l.starts_with("       "))
                .copied();
            Some(one_line(message, report))
        })
        .collect();
    let missing: Vec<_> = expected.iter().filter(|m| !errors.contains(m)).collect();
    if expected.is_empty() || !missing.is_empty() {
        return Err(format!(
            "{test} has no error {missing:?}; its errors are:\n{}",
            as_list(&errors)
        ));
    }
    Ok(())
}

/// Messages one a line, as the table writes them.
fn as_list(messages: &[impl AsRef<str>]) -> String {
    messages.iter().fold(String::new(), |mut list, m| {
        let _ = writeln!(list, "`{}`", m.as_ref());
        list
    })
}

/// Runs the macro's library on `catalog` (a name or a path) from the crate at `manifest_dir`.
fn run_at(manifest_dir: &Path, catalog: &str) -> Outcome {
    run(quote_str(catalog), Some(manifest_dir))
}

fn run(invocation: TokenStream, manifest_dir: Option<&Path>) -> Outcome {
    let tokens = errcodes_codegen::error_catalog(invocation, manifest_dir);
    let file: syn::File = match syn::parse2(tokens.clone()) {
        Ok(file) => file,
        Err(e) => return Outcome::Errors(vec![format!("the expansion is no Rust items: {e}")]),
    };
    let errors: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.segments.last()?.ident == "compile_error" => Some(
                syn::parse2::<syn::LitStr>(m.mac.tokens.clone()).map_or_else(
                    |e| e.to_string(),
                    |lit| {
                        let text = lit.value();
                        let mut lines = text.lines();
                        let message = lines.next().unwrap_or_default();
                        one_line(message, lines)
                    },
                ),
            ),
            _ => None,
        })
        .collect();
    if errors.is_empty() {
        Outcome::Items(tokens.to_string())
    } else {
        Outcome::Errors(errors)
    }
}

/// A compile error as the table writes it: `file:line:column: what is wrong: what to do`, as
/// `errcodes_catalog::Diagnostic::render` writes a problem on one line. The macro shows a
/// catalog's problem as rustc shows errors (`message`, then ` --> file:line:column`, the line, a
/// caret and `= help: what to do`); a message without a report (an error of the invocation) is
/// as it is.
fn one_line<'a>(message: &str, report: impl Iterator<Item = &'a str>) -> String {
    let mut place = None;
    let mut help = None;
    for line in report {
        let line = line.trim_start();
        if let Some(at) = line.strip_prefix("--> ") {
            place = place.or(Some(at));
        } else if let Some(text) = line.strip_prefix("= help: ") {
            help = Some(text);
        }
    }
    match (place, help) {
        (None, _) => message.to_owned(),
        (Some(place), None) => format!("{place}: {message}"),
        (Some(place), Some(help)) => format!("{place}: {message}: {help}"),
    }
}

/// `"text"`, as the macro's input.
fn quote_str(text: &str) -> TokenStream {
    proc_macro2::TokenTree::Literal(proc_macro2::Literal::string(text)).into()
}

/// A temporary crate directory, removed when dropped.
struct TempCrate(PathBuf);

impl TempCrate {
    fn new(case: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("errcodes-bad-input-{}-{case}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("catalogs")).expect("the temporary directory is writable");
        Self(dir)
    }

    /// Writes `catalogs/<name>` and runs the library on that path.
    fn run_with(&self, name: &str, text: &[u8]) -> Outcome {
        std::fs::write(self.0.join("catalogs").join(name), text)
            .expect("the temporary directory is writable");
        run_at(&self.0, &format!("catalogs/{name}"))
    }
}

impl Drop for TempCrate {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const HEADER: &str = "[catalog]\ntype_name = \"BigError\"\ntitle = \"A large catalog.\"\n\
                      code_type = \"u32\"\nlocales = [\"en\"]\n";

/// A catalog of `entries` entries, each about 100 bytes.
fn big_catalog(entries: u32) -> String {
    let mut text = HEADER.to_owned();
    for i in 0..entries {
        let _ = write!(
            text,
            "\n[[error]]\nname = \"E{i:06}\"\ncode = {i}\nmessage.en = \"Error number {i} of the large catalog.\"\n"
        );
    }
    text
}

/// A catalog of one entry, with more keys in `extra`.
fn one_entry(name: &str, code: &str, message: &str, extra: &str) -> String {
    format!(
        "{HEADER}\n[[error]]\nname = \"{name}\"\ncode = {code}\nmessage.en = \"{message}\"\n{extra}"
    )
}

/// How deep the nesting cases nest.
const DEPTH: usize = 5_000;

/// The inputs too large or too odd to check in, made here.
fn generated(case: &str) -> Result<Outcome, String> {
    let dir = TempCrate::new(case);
    Ok(match case {
        "ten_megabytes" => {
            let text = big_catalog(110_000);
            assert!(text.len() >= 10 << 20, "{} bytes", text.len());
            dir.run_with("big.toml", text.as_bytes())
        }
        "ten_megabytes_duplicate_at_the_end" => {
            let mut text = big_catalog(110_000);
            text.push_str(
                "\n[[error]]\nname = \"LAST\"\ncode = 7\nmessage.en = \"A duplicate.\"\n",
            );
            dir.run_with("big.toml", text.as_bytes())
        }
        "ten_megabytes_every_entry_wrong" => {
            let text = big_catalog(110_000).replace("\ncode = ", "\ncode = -");
            dir.run_with("big.toml", text.as_bytes())
        }
        "long_name" => {
            let text = one_entry(&"LONG_".repeat(20_000), "1", "A long name.", "");
            dir.run_with("long.toml", text.as_bytes())
        }
        "long_message" => {
            let message = "A very long message. ".repeat(50_000);
            dir.run_with("long.toml", one_entry("LONG", "1", &message, "").as_bytes())
        }
        "deep_arrays" => {
            let code = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
            dir.run_with(
                "deep.toml",
                one_entry("DEEP", &code, "Deep.", "").as_bytes(),
            )
        }
        "deep_tables" => {
            let tables = format!(
                "description = {}{}\n",
                "{ a = ".repeat(DEPTH),
                " }".repeat(DEPTH)
            );
            dir.run_with(
                "deep.toml",
                one_entry("DEEP", "1", "Deep.", &tables).as_bytes(),
            )
        }
        "deep_dotted_keys" => {
            let key = format!("description{} = 1\n", ".a".repeat(DEPTH));
            dir.run_with(
                "deep.toml",
                one_entry("DEEP", "1", "Deep.", &key).as_bytes(),
            )
        }
        "no_manifest_dir" => run(quote_str("catalogs/my_api.toml"), None),
        #[cfg(unix)]
        "dangling_symlink" => {
            let link = dir.0.join("catalogs").join("my_api.toml");
            std::os::unix::fs::symlink("my_api.toml.orig", &link).map_err(|e| e.to_string())?;
            run_at(&dir.0, "my_api")
        }
        #[cfg(unix)]
        "fifo" => {
            let fifo = dir.0.join("catalogs").join("my_api.toml");
            let made = std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .map_err(|e| format!("cannot run mkfifo: {e}"))?;
            assert!(made.success(), "mkfifo failed");
            run_at(&dir.0, "my_api")
        }
        #[cfg(unix)]
        "device" => {
            let link = dir.0.join("catalogs").join("my_api.toml");
            std::os::unix::fs::symlink("/dev/zero", &link).map_err(|e| e.to_string())?;
            run_at(&dir.0, "my_api")
        }
        other => {
            return Err(format!(
                "no case named `{other}` in tests/bad_input_table.rs"
            ))
        }
    })
}
