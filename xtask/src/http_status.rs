//! `http_status`: Python's `http.HTTPStatus`, from the snapshot `http_status.json` that
//! `snapshot.py` writes (value, name, phrase and description of every member, in order).
//!
//! The phrase is the message, the description (when Python has one) the description, and the
//! status is its own `http_status`. Statuses are grouped by class, with the class names of
//! RFC 9110, section 15, which Python's `http` module follows.

use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// The classes of RFC 9110, section 15: first digit, group id and title.
const CLASSES: &[(u16, &str, &str)] = &[
    (1, "informational", "Informational 1xx"),
    (2, "successful", "Successful 2xx"),
    (3, "redirection", "Redirection 3xx"),
    (4, "client_error", "Client Error 4xx"),
    (5, "server_error", "Server Error 5xx"),
];

pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let path = sources.join("http_status.json");
    let at = |what: &str| format!("{}: {what}", path.display());
    let snapshot = crate::read_json(&path)?;
    let python = snapshot["python"]
        .as_str()
        .ok_or_else(|| at("no \"python\" version"))?;
    let statuses = snapshot["statuses"]
        .as_array()
        .ok_or_else(|| at("no \"statuses\" array"))?;

    let mut out = CatalogText::new(&format!(
        "HTTP status codes as Python {python}'s http.HTTPStatus lists them, generated from the\n\
         snapshot catalogs/sources/http_status/http_status.json. Do not edit: run\n\
         `cargo run -p errcodes-xtask -- import http_status`.\n\
         \n\
         The message is the status's reason phrase, the description Python's description of it\n\
         (left out where Python has none), and each status is its own http_status. The groups\n\
         are the classes of RFC 9110, section 15."
    ));
    out.header(&Header {
        type_name: "HttpStatus",
        title: "HTTP status codes (Python's http.HTTPStatus).",
        description:
            "The status codes of HTTP responses, with their reason phrases, grouped by class.",
        vendor: "IETF, as Python's standard library lists them",
        source: "https://docs.python.org/3/library/http.html",
        code_type: "u16",
        name_prefix: None,
    });
    for (_, id, title) in CLASSES {
        out.array_table("group");
        out.key("id", *id);
        out.key("title.en", *title);
    }
    for status in statuses {
        let field = |key: &str| {
            status[key]
                .as_str()
                .ok_or_else(|| at(&format!("a status without a string \"{key}\": {status}")))
        };
        let code = status["value"]
            .as_u64()
            .and_then(|v| u16::try_from(v).ok())
            .ok_or_else(|| at(&format!("a status without a u16 \"value\": {status}")))?;
        let (_, group, _) = CLASSES
            .iter()
            .find(|(digit, _, _)| code / 100 == *digit)
            .ok_or_else(|| at(&format!("status {code} is in no class of RFC 9110")))?;
        out.array_table("error");
        out.key("name", field("name")?);
        out.key("code", code);
        out.key("group", *group);
        out.key("message.en", field("phrase")?);
        let description = field("description")?;
        if !description.is_empty() {
            out.key("description", description);
        }
        out.key("http_status", code);
    }
    Ok(out.finish())
}
