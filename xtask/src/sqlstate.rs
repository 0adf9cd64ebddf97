//! `sqlstate`: PostgreSQL's `errcodes.txt`, the list its `errcodes.h`, `PL/pgSQL`'s condition
//! names and its documentation's table are generated from.
//!
//! A line `23505    E    ERRCODE_UNIQUE_VIOLATION    unique_violation` is an entry: the
//! SQLSTATE is the code, the `ERRCODE_` macro the name (variants leave out `ERRCODE_`), and the
//! condition name an alias. Where two lines have one SQLSTATE, the one without a condition
//! name (`22008 E ERRCODE_DATETIME_VALUE_OUT_OF_RANGE`) is another macro for the code: an alias
//! of the other's entry. A condition name that PostgreSQL gives several codes
//! (`string_data_right_truncation` is `01004` and `22001`: `PL/pgSQL` catches both) names no
//! single entry, so it is no alias. The group is the section of the entry's line (some other
//! macros stand under another class: `34000 ERRCODE_UNDEFINED_CURSOR` under class 42).
//! `Section: Class 23 - Integrity Constraint Violation` starts a group. The file gives no
//! messages, so the entries have none; the E/W/S severity follows the class (checked here), so
//! it is said by the class's title, not by each entry.

use std::collections::HashMap;
use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// An SQLSTATE of the file.
struct State<'a> {
    code: &'a str,
    macro_name: &'a str,
    condition: Option<&'a str>,
    group: String,
    /// Other macros for the same code.
    macros: Vec<&'a str>,
}

pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let path = sources.join("errcodes.txt");
    let text = crate::read(&path)?;
    let mut groups: Vec<(String, String)> = Vec::new();
    let mut states: Vec<State<'_>> = Vec::new();
    let mut severities: HashMap<&str, (&str, usize)> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let at = |what: &str| format!("{}:{}: {what}", path.display(), n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(title) = line.strip_prefix("Section:") {
            let title = title.trim();
            let class = title
                .strip_prefix("Class ")
                .and_then(|t| t.get(..2))
                .ok_or_else(|| at("a section that is not `Class XX - …`"))?;
            groups.push((
                format!("class_{}", class.to_ascii_lowercase()),
                title.to_owned(),
            ));
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (code, severity, macro_name, condition) = match fields[..] {
            [code, severity, macro_name] => (code, severity, macro_name, None),
            [code, severity, macro_name, condition] => {
                (code, severity, macro_name, Some(condition))
            }
            _ => return Err(at("expected `sqlstate E/W/S macro [condition]`")),
        };
        let (group, _) = groups
            .last()
            .ok_or_else(|| at("a code before the first Section"))?;
        // The severity must be the class's: the group's title then says it for every entry.
        let class = code.get(..2).ok_or_else(|| at("a code shorter than 2"))?;
        let (first, line) = *severities.entry(class).or_insert((severity, n + 1));
        if first != severity {
            return Err(at(&format!(
                "{code} is {severity} but class {class} is {first} (line {line}): the \
                 catalog says severities by class, so the importer needs another way"
            )));
        }
        if let Some(state) = states.iter_mut().find(|s| s.code == code) {
            // The macro with the condition name is the entry's name (the documentation's
            // table lists it), the other an alias, in whichever order the lines come.
            match (state.condition, condition) {
                (_, None) => state.macros.push(macro_name),
                (None, Some(_)) => {
                    state.macros.push(state.macro_name);
                    state.macro_name = macro_name;
                    state.condition = condition;
                    state.group.clone_from(group);
                }
                (Some(_), Some(_)) => {
                    return Err(at(&format!("{code} is listed twice with a condition name")));
                }
            }
            continue;
        }
        states.push(State {
            code,
            macro_name,
            condition,
            group: group.clone(),
            macros: Vec::new(),
        });
    }
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for condition in states.iter().filter_map(|s| s.condition) {
        *uses.entry(condition).or_default() += 1;
    }
    let mut shared: Vec<&str> = uses
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(c, _)| *c)
        .collect();
    shared.sort_unstable();

    let mut out = CatalogText::new(&format!(
        "SQLSTATE codes as PostgreSQL lists them, generated from its errcodes.txt, kept in\n\
         catalogs/sources/sqlstate/. Do not edit: run\n\
         `cargo run -p errcodes-xtask -- import sqlstate`.\n\
         \n\
         The name is the ERRCODE_ macro; the aliases are the PL/pgSQL condition name and any\n\
         other macro for the code. Condition names that name several codes are no alias:\n\
         {}\n\
         errcodes.txt gives no messages, so the entries have none. Severity (E/W/S) follows\n\
         the class: 00 is success, 01 and 02 warnings, every other class errors.",
        shared
            .iter()
            .map(|c| format!("  {c}"))
            .collect::<Vec<_>>()
            .join("\n")
    ));
    out.header(&Header {
        type_name: "SqlState",
        title: "SQLSTATE codes, as PostgreSQL reports them.",
        description:
            "The five-character SQLSTATE codes of PostgreSQL's errors and notices: those of the \
         SQL standard and PostgreSQL's own. The first two characters are the class (23: \
         integrity constraint violation), which is the group. Class 00 is success, classes 01 \
         and 02 are warnings, and every other class is an error.",
        vendor: "PostgreSQL Global Development Group",
        source: "https://www.postgresql.org/docs/current/errcodes-appendix.html",
        code_type: "string",
        name_prefix: Some("ERRCODE_"),
    });
    for (id, title) in &groups {
        out.array_table("group");
        out.key("id", id.as_str());
        out.key("title.en", title.as_str());
    }
    for state in &states {
        let aliases: Vec<&str> = state
            .condition
            .filter(|c| !shared.contains(c))
            .into_iter()
            .chain(state.macros.iter().copied())
            .collect();
        out.array_table("error");
        out.key("code", state.code);
        out.key("name", state.macro_name);
        out.key("group", state.group.as_str());
        if !aliases.is_empty() {
            out.key("aliases", aliases);
        }
    }
    Ok(out.finish())
}
