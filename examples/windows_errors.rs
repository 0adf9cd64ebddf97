//! Decoding HRESULTs from a log: Windows' bundled catalogs `windows_hresult` (HRESULTs, built
//! from severity, facility and code bits) and `windows` (Win32 error codes).
//!
//! An HRESULT the table names is shown by name; one it does not name is still read field by
//! field, and an HRESULT of the WIN32 facility holds a Win32 error code, looked up in the other
//! catalog. Run it with `cargo run --example windows_errors`.

errcodes::error_catalog!("windows_hresult");
errcodes::error_catalog!("windows");

/// A service's log, as Windows programs write HRESULTs: in hex, as their 32 bits.
const LOG: &str = "\
2026-11-25T09:14:02Z INFO  cache warm-up done hr=0x00000001
2026-11-25T09:14:03Z ERROR CoCreateInstance(Scheduler) failed hr=0x80070005
2026-11-25T09:14:03Z ERROR open C:\\data\\state.json failed hr=0x80070002
2026-11-25T09:14:04Z ERROR IDXGISwapChain::Present failed hr=0x887A0005
2026-11-25T09:14:05Z ERROR audio endpoint lost hr=0x88890004";

/// What an HRESULT means, in one line.
fn describe(hr: WindowsHresult) -> String {
    let verdict = match hr.severity() {
        WindowsSeverity::SeverityError => "failed",
        _ => "succeeded",
    };
    if hr.is_known() {
        return format!("{verdict}: {hr}");
    }
    let facility = hr.facility();
    if facility == WindowsFacility::FacilityWin32 {
        // HRESULT_FROM_WIN32: the low 16 bits are a Win32 error code.
        let win32 = WindowsError::from(i32::from(u16::try_from(hr.facility_code()).unwrap_or(0)));
        let name = win32.name().unwrap_or("an unlisted Win32 code");
        return format!(
            "{verdict}: HRESULT_FROM_WIN32({name}), Win32 code {}",
            win32.code()
        );
    }
    format!(
        "{verdict}: code {:#06X} of facility {facility}, which winerror.h does not name",
        hr.facility_code()
    )
}

fn main() {
    for line in LOG.lines() {
        let Some((_, text)) = line.rsplit_once("hr=") else {
            continue;
        };
        let hr = match WindowsHresult::from_hex(text) {
            Ok(hr) => hr,
            Err(e) => {
                println!("{line}\n  not an HRESULT: {e}");
                continue;
            }
        };
        println!("{line}\n  {}", describe(hr));
    }

    // The named entries match as constants of the kind enum; the fields read every code.
    let denied = WindowsHresult::from_hex("0x80070005").expect("a hex HRESULT");
    assert_eq!(denied.kind(), WindowsHresultKind::EAccessdenied);
    assert_eq!(denied.code(), -2_147_024_891, "an HRESULT is an i32");
    assert_eq!(WindowsError::from(5), WindowsError::AccessDenied);
    assert_eq!(
        describe(WindowsHresult::from_hex("0x80070002").expect("a hex HRESULT")),
        "failed: HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), Win32 code 2"
    );
}
