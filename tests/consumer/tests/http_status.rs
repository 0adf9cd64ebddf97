//! Every status of Python's `http.HTTPStatus`, as `catalogs/sources/http_status/http_status.json`
//! keeps it, against `HttpStatus`.

mod pages;

use errcodes_consumer::HttpStatus;
use pages::{read, Failures};

#[test]
fn every_status() {
    let snapshot: serde_json::Value =
        serde_json::from_str(&read("http_status/http_status.json")).expect("JSON");
    let statuses = snapshot["statuses"].as_array().expect("statuses");
    let mut failures = Failures::default();
    assert_eq!(HttpStatus::ALL.len(), statuses.len());
    for (i, status) in statuses.iter().enumerate() {
        let value = u16::try_from(status["value"].as_u64().expect("value")).expect("a u16");
        let text = |key: &str| status[key].as_str().expect("a string");
        let at = format!("http_status.json status {i} ({value})");
        let e = HttpStatus::from(value);
        failures.eq(&at, "position", HttpStatus::ALL.get(i), Some(&e));
        failures.eq(&at, "name", e.name(), Some(text("name")));
        failures.eq(
            &at,
            "from_name",
            HttpStatus::from_name(text("name")),
            Some(e),
        );
        failures.eq(&at, "message", e.message(), text("phrase"));
        let description = Some(text("description")).filter(|d| !d.is_empty());
        failures.eq(&at, "description", e.description(), description);
        failures.eq(&at, "http_status", e.http_status(), Some(value));
        let class = match value / 100 {
            1 => "Informational 1xx",
            2 => "Successful 2xx",
            3 => "Redirection 3xx",
            4 => "Client Error 4xx",
            _ => "Server Error 5xx",
        };
        failures.eq(&at, "group", e.group(), Some(class));
    }
    failures.finish("http_status.json");
    assert_eq!(HttpStatus::from(404_u16), HttpStatus::NotFound);
    assert_eq!(
        HttpStatus::NotFound.to_string(),
        "Not Found (NOT_FOUND, 404)"
    );
}
