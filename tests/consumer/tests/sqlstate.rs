//! Every line of PostgreSQL's `errcodes.txt` (`catalogs/sources/sqlstate/`) against `SqlState`:
//! `sqlstate  E/W/S  ERRCODE_macro  [condition_name]`, under `Section: Class XX - title`.

mod pages;

use std::collections::{HashMap, HashSet};

use errcodes::ErrorCode;
use errcodes_consumer::SqlState;
use pages::{read, Failures};

/// A code line of the file.
struct Line<'a> {
    at: String,
    code: &'a str,
    severity: &'a str,
    macro_name: &'a str,
    condition: Option<&'a str>,
    section: &'a str,
}

#[test]
fn every_line() {
    let text = read("sqlstate/errcodes.txt");
    let mut section = "";
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(title) = line.strip_prefix("Section: ") {
            section = title;
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        lines.push(Line {
            at: format!("errcodes.txt:{}", n + 1),
            code: words[0],
            severity: words[1],
            macro_name: words[2],
            condition: words.get(3).copied(),
            section,
        });
    }
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for condition in lines.iter().filter_map(|l| l.condition) {
        *uses.entry(condition).or_default() += 1;
    }
    let codes: HashSet<&str> = lines.iter().map(|l| l.code).collect();
    assert_eq!(SqlState::ALL.len(), codes.len());

    let mut failures = Failures::default();
    for line in &lines {
        let at = &line.at;
        let Some(state) = SqlState::from_code(line.code) else {
            failures.check(at, &format!("{} is not in the catalog", line.code), false);
            continue;
        };
        failures.eq(at, "code", state.code(), line.code);
        failures.eq(
            at,
            "by macro",
            SqlState::from_name(line.macro_name),
            Some(state),
        );
        // The name is the macro of the line that has a condition name, if one does.
        let named = lines
            .iter()
            .find(|l| l.code == line.code && l.condition.is_some())
            .unwrap_or(line);
        failures.eq(at, "name", state.name(), Some(named.macro_name));
        if let Some(condition) = line.condition {
            // A condition name of several codes names none of them.
            let expected = (uses[condition] == 1).then_some(state);
            failures.eq(at, "by condition", SqlState::from_name(condition), expected);
        }
        // The file gives no message.
        failures.eq(at, "message", state.message(), named.macro_name);
        failures.eq(at, "message_in", state.message_in("en"), None);
        // The group is the section of the entry's line: PostgreSQL lists some other macros
        // under another class (`34000 ERRCODE_UNDEFINED_CURSOR` under class 42).
        failures.eq(at, "group", state.group(), Some(named.section));
        let class = &line.code[..2];
        let severity = match class {
            "00" => "S",
            "01" | "02" => "W",
            _ => "E",
        };
        failures.eq(at, "severity follows the class", line.severity, severity);
        failures.check(
            at,
            "the section is the class",
            named.section.starts_with(&format!("Class {class} - ")),
        );
    }
    failures.finish("errcodes.txt");
    assert_eq!(<SqlState as ErrorCode>::ALL.len(), 260);
}
