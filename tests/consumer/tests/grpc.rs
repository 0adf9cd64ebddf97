//! Every value of `enum Code` in gRPC's `code.proto` (`catalogs/sources/grpc/`) against
//! `GrpcCode`, read here on its own terms: a value is a `NAME = number;` line, its comment the
//! `//` lines right above it.

mod pages;

use errcodes_consumer::GrpcCode;
use pages::{read, Failures};

/// The values of the enum.
const VALUES: usize = 17;

/// A value and its comment, whitespace collapsed.
struct Value {
    at: String,
    name: String,
    code: i32,
    comment: String,
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn values() -> Vec<Value> {
    let text = read("grpc/code.proto");
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("enum Code"))
        .expect("enum Code in code.proto");
    let mut values = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(start + 1) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let [name, "=", number] = words[..] else {
            continue;
        };
        let above = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with("//"))
            .map(|l| l.trim_start().trim_start_matches("//"))
            .collect::<Vec<_>>();
        let comment = above.into_iter().rev().collect::<Vec<_>>().join(" ");
        values.push(Value {
            at: format!("code.proto:{}", i + 1),
            name: name.to_owned(),
            code: number.trim_end_matches(';').parse().expect("a number"),
            comment: collapse(&comment),
        });
    }
    assert_eq!(values.len(), VALUES, "values of enum Code");
    values
}

#[test]
fn every_value() {
    let values = values();
    let mut failures = Failures::default();
    assert_eq!(GrpcCode::ALL.len(), values.len());
    for value in &values {
        let code = GrpcCode::from(value.code);
        let at = &value.at;
        failures.eq(at, "name", code.name(), Some(value.name.as_str()));
        failures.eq(
            at,
            "from_name",
            GrpcCode::from_name(&value.name),
            Some(code),
        );
        failures.eq(at, "code", code.code(), value.code);
        // The message is the comment's first sentence; the description all of it but the
        // HTTP mapping, which gives the status.
        let (text, mapping) = value
            .comment
            .split_once(" HTTP Mapping: ")
            .expect("an HTTP Mapping");
        failures.check(
            at,
            "message is the comment's first sentence",
            text.starts_with(code.message()) && code.message().ends_with('.'),
        );
        failures.check(
            at,
            "message ends where the comment's first sentence does",
            text[code.message().len()..].is_empty()
                || text[code.message().len()..].starts_with(' '),
        );
        // The catalog keeps the comment's paragraphs; the words are the comment's.
        failures.eq(
            at,
            "description",
            collapse(code.description().unwrap_or(code.message())),
            text.to_owned(),
        );
        let status: u16 = mapping[..3].parse().expect("a status");
        failures.eq(at, "http_status", code.http_status(), Some(status));
        failures.eq(
            at,
            "retryable: the comment says retrying corrects it",
            code.is_retryable(),
            text.contains("corrected by retrying"),
        );
    }
    failures.finish("code.proto");
    assert!(GrpcCode::Unavailable.is_retryable());
    assert_eq!(GrpcCode::UnknownError.name(), Some("UNKNOWN"));
}
