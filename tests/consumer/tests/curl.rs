//! Every member of curl's `CURLcode` enum (`catalogs/sources/curl/curl.h`) and every old name
//! after it, against `CurlError`, read here without the import script: a member's code is the one
//! written (`CURLE_OK = 0`) or the number its comment starts with (`/* 28 - … */`), not C's
//! counting; the comment's text is its message, but for a part in brackets (its description)
//! and a `NOT USED` note (a deprecated code, which has no message).

mod pages;

use errcodes_consumer::CurlError;
use pages::{read, Failures};

const HEADER: &str = "curl/curl.h";

/// A member of the enum, as the header writes it.
struct Member {
    line: usize,
    name: String,
    code: i32,
    comment: String,
}

/// The members of `CURLcode` but `CURL_LAST`, with their comments joined into one line.
fn members(text: &str) -> Vec<Member> {
    let end = text.find("} CURLcode;").expect("the enum CURLcode");
    let start = text[..end].rfind("typedef enum {").expect("its start");
    let first_line = text[..start].lines().count();
    let mut members: Vec<Member> = Vec::new();
    for (i, line) in text[start..end].lines().enumerate().skip(1) {
        let line = line.trim();
        if line.starts_with("CURLE_") {
            let (member, comment) = line.split_once("/*").unwrap_or((line, ""));
            let member = member.trim().trim_end_matches(',');
            let (name, written) = match member.split_once(" = ") {
                Some((name, code)) => (name, Some(code.parse().expect("a number"))),
                None => (member, None),
            };
            let comment = comment.trim();
            let number: String = comment.chars().take_while(char::is_ascii_digit).collect();
            members.push(Member {
                line: first_line + i,
                name: name.to_owned(),
                code: written.unwrap_or_else(|| number.parse().expect("a comment's number")),
                comment: comment[number.len()..].to_owned(),
            });
        } else if let Some(member) = members.last_mut().filter(|m| !m.comment.contains("*/")) {
            // The next line of a comment still open.
            member.comment.push(' ');
            member.comment.push_str(line);
        }
    }
    members
}

#[test]
fn every_member_of_the_enum() {
    let text = read(HEADER);
    let members = members(&text);
    let mut failures = Failures::default();
    for m in &members {
        let at = format!("{HEADER}:{} {}", m.line, m.name);
        let Some(e) = CurlError::from_name(&m.name) else {
            failures.check(&at, "not in CurlError", false);
            continue;
        };
        failures.eq(&at, "code", e.code(), m.code);
        failures.eq(&at, "name", e.name(), Some(m.name.as_str()));
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let comment = words(m.comment.trim_end().trim_end_matches("*/"));
        let comment = comment.trim_start_matches(['-', ' ']);
        let (text, history) = match (comment.find('['), comment.find(']')) {
            (Some(open), Some(close)) => (
                words(&format!("{} {}", &comment[..open], &comment[close + 1..])),
                Some(&comment[open + 1..close]),
            ),
            _ => (comment.to_owned(), None),
        };
        let unused = text.starts_with("NOT USED") || text.starts_with("NOT IN USE");
        let message = (!text.is_empty() && !unused).then_some(text.as_str());
        failures.eq(&at, "message", e.message_in("en"), message);
        failures.eq(&at, "description", e.description(), history);
        failures.eq(
            &at,
            "retryable",
            e.is_retryable(),
            message.is_some_and(|m| m.contains("try again")),
        );
    }
    // Every member but CURL_LAST, and CURLE_ALREADY_COMPLETE, defined after the enum.
    failures.eq(HEADER, "entries", CurlError::ALL.len(), members.len() + 1);
    failures.finish("the enum CURLcode");
}

#[test]
fn every_old_name_parses_to_its_code() {
    let text = read(HEADER);
    let members = members(&text);
    let start = text.find("#ifndef CURL_NO_OLDIES").expect("the old names");
    let mut failures = Failures::default();
    // Old names are defined as members or as older old names: resolve them in order.
    let mut codes: Vec<(String, i32)> = members.iter().map(|m| (m.name.clone(), m.code)).collect();
    let mut count = 0;
    for line in text[start..]
        .lines()
        .take_while(|l| !l.starts_with("#endif"))
    {
        let mut words = line.split_whitespace();
        let (Some("#define"), Some(name), Some(target)) =
            (words.next(), words.next(), words.next())
        else {
            continue;
        };
        if !name.starts_with("CURLE_") {
            continue;
        }
        let code = target.parse().ok().or_else(|| {
            codes
                .iter()
                .find(|(n, _)| n == target)
                .map(|(_, code)| *code)
        });
        let Some(code) = code else {
            failures.check(name, "defined as a name the header does not define", false);
            continue;
        };
        codes.push((name.to_owned(), code));
        count += 1;
        failures.eq(
            name,
            "code",
            CurlError::from_name(name).map(CurlError::code),
            Some(code),
        );
    }
    // 37 old names, and CURLE_ALREADY_COMPLETE (`grep -c '^#define CURLE_'` over the block).
    failures.eq(HEADER, "old names", count, 38);
    failures.finish("the old names");
}

#[test]
#[allow(deprecated)]
fn unused_codes_are_deprecated_but_still_convert() {
    // `#[deprecated]` is checked by the compiler, not at run time: these compile only under
    // `allow(deprecated)` in a crate that denies warnings.
    assert_eq!(CurlError::from(20), CurlError::Obsolete20);
    assert_eq!(CurlError::from(99_999), CurlError::AlreadyComplete);
    assert_eq!("CURLE_FTP_WRITE_ERROR".parse(), Ok(CurlError::Obsolete20));
    assert_eq!(CurlError::Obsolete20.message(), "CURLE_OBSOLETE20");
    // An old name of a code still in use is its alias.
    assert_eq!(CurlError::OperationTimeouted, CurlError::OperationTimedout);
}
