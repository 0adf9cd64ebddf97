//! `grpc`: the `Code` enum of `google/rpc/code.proto` (googleapis-common-protos), one entry per
//! value, with the comment above it.
//!
//! From each value's comment: the message is its first sentence; the description is the comment
//! (when it says more than that) without its paragraph `HTTP Mapping: 404 Not Found`, which
//! gives the HTTP status; the
//! entry is retryable when its comment says the condition "can be corrected by retrying" (only
//! `UNAVAILABLE`'s does: the others that mention retrying, in the guidelines on
//! `FAILED_PRECONDITION`, say when *not* to retry the failing call alone).

use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// What a comment says when the call may be retried as it is.
const RETRYABLE: &str = "can be corrected by retrying";

/// Names whose Rust name the generated type has already: `UNKNOWN` would be `Unknown`, the
/// variant for codes the catalog does not list.
const VARIANTS: &[(&str, &str)] = &[("UNKNOWN", "UnknownError")];

/// A value of the enum.
struct Value {
    name: String,
    code: i32,
    /// The comment's paragraphs, each unwrapped to one line.
    paragraphs: Vec<String>,
}

pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let path = sources.join("code.proto");
    let text = crate::read(&path)?;
    let at = |what: &str| format!("{}: {what}", path.display());
    let (before, rest) = text
        .split_once("enum Code {")
        .ok_or_else(|| at("no `enum Code {`"))?;
    let (body, _) = rest
        .split_once('}')
        .ok_or_else(|| at("`enum Code` does not end"))?;

    let mut values = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    for line in body.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("//") {
            comment.push(text.strip_prefix(' ').unwrap_or(text));
        } else if let Some((name, code)) = line.strip_suffix(';').and_then(|l| l.split_once(" = "))
        {
            let code = code
                .parse()
                .map_err(|e| at(&format!("value of {name}: {e}")))?;
            values.push(Value {
                name: name.to_owned(),
                code,
                paragraphs: paragraphs(&comment),
            });
            comment.clear();
        } else if !line.is_empty() {
            return Err(at(&format!("unexpected line in enum Code: {line}")));
        }
    }

    // The enum's own comment: the lines right above it.
    let enum_comment: Vec<&str> = before
        .lines()
        .rev()
        .map(str::trim)
        .take_while(|l| l.starts_with("//"))
        .map(|l| l.trim_start_matches("//").trim_start())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let description = paragraphs(&enum_comment).join("\n\n");

    let mut out = CatalogText::new(
        "The canonical status codes of gRPC APIs, generated from google/rpc/code.proto\n\
         (googleapis-common-protos), kept in catalogs/sources/grpc/. Do not edit: run\n\
         `cargo run -p errcodes-xtask -- import grpc`.\n\
         \n\
         Each code's message is the first sentence of its comment; its description is the\n\
         comment (where it says more) but the `HTTP Mapping` line, which gives the\n\
         http_status. Retryable: the codes whose comment says they can be corrected by\n\
         retrying (UNAVAILABLE).\n\
         UNKNOWN is the variant UnknownError, since `Unknown` holds codes the catalog lacks.",
    );
    out.header(&Header {
        type_name: "GrpcCode",
        title: "The canonical status codes of gRPC APIs (google.rpc.Code).",
        description: &description,
        vendor: "Google",
        source: "https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto",
        code_type: "i32",
        name_prefix: None,
    });
    for value in &values {
        let (http, rest): (Vec<&String>, Vec<&String>) = value
            .paragraphs
            .iter()
            .partition(|p| p.starts_with("HTTP Mapping: "));
        let first = rest
            .first()
            .ok_or_else(|| at(&format!("{} has no comment", value.name)))?;
        let message = first_sentence(first);
        let status = http
            .first()
            .and_then(|p| p.trim_start_matches("HTTP Mapping: ").split(' ').next())
            .map(str::parse::<u16>)
            .transpose()
            .map_err(|e| at(&format!("HTTP Mapping of {}: {e}", value.name)))?;
        let description = rest
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");

        out.array_table("error");
        out.key("name", value.name.as_str());
        if let Some((_, variant)) = VARIANTS.iter().find(|(n, _)| *n == value.name) {
            out.key("variant", *variant);
        }
        out.key("code", i64::from(value.code));
        out.key("message.en", message);
        if description != message {
            out.key("description", description.as_str());
        }
        if let Some(status) = status {
            out.key("http_status", status);
        }
        if description.contains(RETRYABLE) {
            out.key("retryable", true);
        }
    }
    Ok(out.finish())
}

/// The comment lines as paragraphs (split at empty lines), each unwrapped to one line.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    lines
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.iter()
                .map(|l| l.trim())
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The text up to the first `. ` (a full stop that ends a sentence), or all of it.
fn first_sentence(paragraph: &str) -> &str {
    match paragraph.find(". ") {
        Some(end) => &paragraph[..=end],
        None => paragraph,
    }
}
