//! gRPC status codes, as tonic and the other gRPC libraries give them: a number (tonic's
//! `Status::code() as i32`, or the `grpc-status` header). Retry only what the code's own
//! documentation says is retryable: `UNAVAILABLE`.
//!
//! Run it with `cargo run --example grpc_errors`.

errcodes::error_catalog!("grpc");

/// A call that fails with each status in `statuses` in turn, then succeeds: a server that is
/// restarting, say.
struct Server {
    statuses: Vec<i32>,
}

impl Server {
    /// The `grpc-status` of the next call.
    fn call(&mut self) -> i32 {
        if self.statuses.is_empty() {
            0
        } else {
            self.statuses.remove(0)
        }
    }
}

/// Calls until success, a status that is not retryable, or `attempts` calls.
fn call_with_retry(server: &mut Server, attempts: u32) -> Result<u32, GrpcCode> {
    for attempt in 1..=attempts {
        let status = GrpcCode::from(server.call());
        match status {
            GrpcCode::Ok => return Ok(attempt),
            status if status.is_retryable() && attempt < attempts => {
                println!("  attempt {attempt}: {status}: retrying");
            }
            status => return Err(status),
        }
    }
    Err(GrpcCode::DeadlineExceeded)
}

fn main() {
    let mut restarting = Server {
        statuses: vec![14, 14],
    };
    println!("restarting server:");
    assert_eq!(call_with_retry(&mut restarting, 5), Ok(3));

    let mut missing = Server { statuses: vec![5] };
    println!("missing entity:");
    let error = call_with_retry(&mut missing, 5).unwrap_err();
    println!("  {error}: not retried; HTTP {:?}", error.http_status());
    assert_eq!(error, GrpcCode::NotFound);

    // A code this catalog does not list is kept, and never retried.
    let mut newer = Server { statuses: vec![42] };
    let error = call_with_retry(&mut newer, 5).unwrap_err();
    println!("newer server: {error}");
    assert_eq!(error.code(), 42);

    // The `grpc-status` header is text: a number, which parses like the name.
    let header: GrpcCode = "14".parse().expect("a status code");
    assert_eq!(header, "UNAVAILABLE".parse().expect("a name"));
    println!("grpc-status: 14 is {}", header.name().unwrap_or_default());
}
