//! `curl`, from the `CURLcode` enum of curl's `curl.h` (curl licence), kept in
//! `catalogs/sources/curl/`.
//!
//! - Each member of the enum `CURLcode` is an entry; its value is the one written (`CURLE_OK =
//!   0`) or the previous member's plus one, as in C. `CURL_LAST`, the member that counts the
//!   others ("never use!"), is not a code.
//! - A member's comment starts with its value (checked), then an optional `-`; a part in square
//!   brackets is its history (`[was obsoleted in August 2007 for 7.17.0, reused in April 2011
//!   for 7.21.5]`), kept as the description; the rest is the message. A comment that starts
//!   `NOT USED` or `NOT IN USE` marks the entry deprecated, with the comment as the note and no
//!   message. A comment that says to "try again" makes the entry retryable.
//! - After the enum, in the block the header keeps for old programs (`#ifndef CURL_NO_OLDIES`),
//!   `#define CURLE_OLD CURLE_NEW` makes `CURLE_OLD` an alias of `CURLE_NEW`'s entry, and
//!   `#define CURLE_OLD 99999` is an entry of its own, deprecated with the comment before it as
//!   the note.

use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// The header, in the sources folder.
const HEADER: &str = "curl.h";

/// The enum's last line.
const END: &str = "} CURLcode;";

/// The block of old names after the enum.
const OLDIES: &str = "#ifndef CURL_NO_OLDIES";

/// One code.
struct Code {
    name: String,
    value: i64,
    message: Option<String>,
    description: Option<String>,
    deprecated: Option<String>,
    retryable: bool,
    aliases: Vec<String>,
}

/// The words of `text`, separated by single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a member's comment (without `/*` and `*/`) into `code`.
fn read_comment(code: &mut Code, comment: &str) -> Result<(), String> {
    let comment = collapse(comment);
    let digits: String = comment.chars().take_while(char::is_ascii_digit).collect();
    if digits.parse::<i64>().ok() != Some(code.value) {
        return Err(format!(
            "{}'s comment starts with {digits:?}, not its value {}",
            code.name, code.value
        ));
    }
    let mut rest = comment[digits.len()..].trim_start();
    rest = rest.strip_prefix('-').unwrap_or(rest).trim();
    let mut message = rest.to_owned();
    if let (Some(open), Some(close)) = (rest.find('['), rest.rfind(']')) {
        code.description = Some(rest[open + 1..close].trim().to_owned());
        message = collapse(&format!("{} {}", &rest[..open], &rest[close + 1..]));
    }
    if message.starts_with("NOT USED") || message.starts_with("NOT IN USE") {
        code.deprecated = Some(message);
    } else if !message.is_empty() {
        code.retryable = message.contains("try again");
        code.message = Some(message);
    }
    Ok(())
}

/// Reads the enum's members and the old names after it.
fn read(sources: &Path) -> Result<Vec<Code>, String> {
    let text = crate::read(&sources.join(HEADER))?;
    let end = text
        .find(END)
        .ok_or_else(|| format!("{HEADER} has no {END:?}"))?;
    let start = text[..end]
        .rfind("typedef enum {")
        .ok_or_else(|| format!("{HEADER} has no `typedef enum {{` before {END:?}"))?;
    let mut codes: Vec<Code> = Vec::new();
    // The member being read, and its comment so far while the comment is open.
    let mut comment: Option<String> = None;
    for line in text[start..end].lines().skip(1) {
        let line = line.trim();
        if let Some(open) = &mut comment {
            open.push(' ');
            open.push_str(line);
        } else if line.is_empty() {
            continue;
        } else {
            let (member, after) = line
                .split_once(',')
                .unwrap_or((line.split("/*").next().unwrap_or(line), ""));
            let member = member.trim();
            let (name, value) = match member.split_once('=') {
                Some((name, value)) => (
                    name.trim(),
                    value
                        .trim()
                        .parse()
                        .map_err(|_| format!("{member}: not a number"))?,
                ),
                None => (member, codes.last().map_or(0, |c| c.value + 1)),
            };
            if name == "CURL_LAST" {
                break;
            }
            if !name.starts_with("CURLE_") {
                return Err(format!(
                    "{HEADER}: an enum member of an unknown shape: {line}"
                ));
            }
            codes.push(Code {
                name: name.to_owned(),
                value,
                message: None,
                description: None,
                deprecated: None,
                retryable: false,
                aliases: Vec::new(),
            });
            let after = after.trim();
            if let Some(open) = after.strip_prefix("/*") {
                comment = Some(open.to_owned());
            } else if !after.is_empty() {
                return Err(format!("{HEADER}: {name}: unexpected {after:?}"));
            }
        }
        if let Some(open) = &comment {
            if let Some(closed) = open.trim_end().strip_suffix("*/") {
                let code = codes.last_mut().expect("a comment follows a member");
                read_comment(code, closed)?;
                comment = None;
            }
        }
    }
    read_oldies(&text[end..], &mut codes)?;
    Ok(codes)
}

/// The old names after the enum: aliases, and entries of their own.
fn read_oldies(text: &str, codes: &mut Vec<Code>) -> Result<(), String> {
    let start = text
        .find(OLDIES)
        .ok_or_else(|| format!("{HEADER} has no {OLDIES:?} after the enum"))?;
    // The comment lines just before a define, for an entry's note.
    let mut comment = String::new();
    for line in text[start..].lines() {
        let line = line.trim();
        if line.starts_with("#endif") {
            break;
        }
        if let Some(rest) = line.strip_prefix("#define ") {
            let mut words = rest.split_whitespace();
            let (Some(name), Some(target)) = (words.next(), words.next()) else {
                return Err(format!("{HEADER}: a define of an unknown shape: {line}"));
            };
            if name.starts_with("CURLE_") {
                if let Ok(value) = target.parse() {
                    codes.push(Code {
                        name: name.to_owned(),
                        value,
                        message: None,
                        description: None,
                        deprecated: Some(collapse(&comment)),
                        retryable: false,
                        aliases: Vec::new(),
                    });
                } else {
                    let entry = entry_of(codes, target)
                        .ok_or_else(|| format!("{HEADER}: {name} is {target}, not a code"))?;
                    codes[entry].aliases.push(name.to_owned());
                }
            }
            comment.clear();
        } else if line.starts_with("/*") || line.starts_with('*') || !comment.is_empty() {
            let text = line.trim_start_matches("/*").trim_end_matches("*/");
            comment.push_str(text);
            comment.push(' ');
        }
        if line.is_empty() {
            comment.clear();
        }
    }
    Ok(())
}

/// The index of the entry that `name` names or is an alias of.
fn entry_of(codes: &[Code], name: &str) -> Option<usize> {
    codes
        .iter()
        .position(|c| c.name == name || c.aliases.iter().any(|a| a == name))
}

/// The `curl` catalog.
pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let codes = read(sources)?;
    let mut out = CatalogText::new(&format!(
        "curl's error codes (CURLcode), {} entries. Generated from catalogs/sources/curl/curl.h\n\
         (curl 7.88.1, curl licence) by `cargo run -p errcodes-xtask -- import curl`\n\
         (xtask/src/curl.rs): do not edit.\n\
         \n\
         Every member of the enum CURLcode but CURL_LAST is an entry, with the value C gives it.\n\
         A member's comment, after its value, is its message, but a part in [square brackets],\n\
         its history, which is its description; a comment NOT USED or NOT IN USE deprecates it\n\
         instead. The header's old names (#ifndef CURL_NO_OLDIES) are aliases, and\n\
         CURLE_ALREADY_COMPLETE, defined there as a number, a deprecated entry.",
        codes.len()
    ));
    out.header(&Header {
        type_name: "CurlError",
        title: "curl's error codes (CURLcode), as libcurl's easy interface returns them.",
        description: "The codes libcurl returns from curl_easy_perform and most other calls, \
            and that the curl crate's Error::code gives. Codes that libcurl no longer returns \
            are deprecated but still convert and parse.\n\n\
            Messages are the header's comments, where it has them; message() is the name of a \
            code without one.",
        vendor: "curl",
        source: "https://curl.se/libcurl/c/libcurl-errors.html",
        code_type: "i32",
        name_prefix: Some("CURLE_"),
    });
    for code in &codes {
        out.array_table("error");
        out.key("name", code.name.as_str());
        out.key("code", code.value);
        for (key, text) in [
            ("message.en", &code.message),
            ("description", &code.description),
            ("deprecated", &code.deprecated),
        ] {
            if let Some(text) = text {
                out.key(key, text.as_str());
            }
        }
        if code.retryable {
            out.key("retryable", true);
        }
        if !code.aliases.is_empty() {
            out.key("aliases", code.aliases.as_slice());
        }
    }
    Ok(out.finish())
}
