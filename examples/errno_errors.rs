//! Linux error numbers, as `std::io::Error::raw_os_error` gives them: name the error the way
//! `man 2` pages and `strace` do, and decide what to do by its name, not by a number that
//! differs between platforms.
//!
//! Run it with `cargo run --example errno_errors`.

errcodes::error_catalog!("errno_linux");

/// What to do about a failed system call.
fn advice(errno: LinuxErrno) -> &'static str {
    match errno {
        // EWOULDBLOCK is an alias of EAGAIN, as in the kernel's header: one value, two names.
        LinuxErrno::Eintr | LinuxErrno::Eagain => "try again",
        LinuxErrno::Enoent => "create it first",
        LinuxErrno::Eacces | LinuxErrno::Eperm => "ask for permission",
        _ => "give up",
    }
}

fn main() {
    // A real failure: the C library sets errno, std keeps it.
    let error = std::fs::read("/no/such/file").expect_err("the file does not exist");
    if let Some(raw) = error.raw_os_error() {
        let errno = LinuxErrno::from(raw);
        println!("{errno}: {}", advice(errno));
        if cfg!(target_os = "linux") {
            assert_eq!(errno, LinuxErrno::Enoent);
        }
    }

    // A number from a log line, and a name from strace's output.
    let logged = LinuxErrno::from(11);
    let traced: LinuxErrno = "EWOULDBLOCK".parse().expect("a name of the catalog");
    assert_eq!(logged, traced);
    println!(
        "errno 11 is {} ({}): {}",
        logged.name().unwrap_or_default(),
        logged.message(),
        advice(logged)
    );
    // The kernel header's own comment, where it says something else than strerror.
    println!(
        "ENOTTY: {:?}, the header says {:?}",
        LinuxErrno::Enotty.message(),
        LinuxErrno::Enotty.description()
    );
}
