//! HTTP status codes, as an HTTP client gives them (`reqwest`'s and `http`'s `StatusCode` are a
//! `u16`): the reason phrase, the class, and Python's description of each.
//!
//! Run it with `cargo run --example http_errors`.

errcodes::error_catalog!("http_status");

fn main() {
    for status in [200_u16, 304, 404, 429, 503, 599] {
        let status = HttpStatus::from(status);
        match status.group() {
            Some(class) => println!(
                "{} {} [{class}]: {}",
                status.code(),
                status.message(),
                status.description().unwrap_or("(no description)")
            ),
            // A status Python's table does not list is kept, with its number.
            None => println!("{status}"),
        }
    }
    let too_many = HttpStatus::from(429_u16);
    assert_eq!(too_many, HttpStatus::TooManyRequests);
    assert_eq!(too_many.group(), Some("Client Error 4xx"));
    assert_eq!("TOO_MANY_REQUESTS".parse(), Ok(too_many));
    assert_eq!(u16::from(HttpStatus::from(599_u16)), 599);
}
