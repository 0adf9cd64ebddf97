//! Lookups and `Display` (padded or not) allocate nothing: every operation of every shape of generated type,
//! run under a global allocator that counts, with `Display` writing into a buffer that already
//! has room.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

struct Counting;

thread_local! {
    /// This thread's allocations: the test harness runs other tests, and allocates, on other
    /// threads at the same time.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts the calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller upholds `alloc`'s contract, which this passes on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

errcodes::error_catalog!("alibaba_player");
errcodes::error_catalog!("alibaba_vod");
errcodes::error_catalog!("azure_media_player");
errcodes::error_catalog!("../data/synth_300.toml");

/// The allocations `f` makes.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn no_lookup_and_no_display_allocates() {
    let mut buffer = String::with_capacity(4096);
    let mut sum = 0_usize;
    let n = allocations(|| {
        for code in [0x2001_0001_u32, 0x2001_FFFE, 0x2001_3007] {
            let e = AlibabaPlayerError::from_code(code);
            sum += e.name().map_or(0, str::len) + e.message().len();
            sum += e.message_in("zh-CN").map_or(0, str::len) + e.group().map_or(0, str::len);
            sum += usize::from(e.http_status().unwrap_or(0)) + usize::from(e.is_retryable());
            sum += e.code() as usize;
            buffer.clear();
            let _ = write!(buffer, "{e} {e:?} {e:#x} {e:>200} {e:*^300}");
        }
        for text in [
            "ERROR_SERVER_NO_RESPONSE",
            "ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT",
            "0x20010001",
            "536936449",
        ] {
            sum += usize::from(text.parse::<AlibabaPlayerError>().is_ok());
        }
        sum += usize::from(AlibabaPlayerError::from_hex("2001000A").is_ok());
        sum += usize::from(AlibabaPlayerError::from_name("nope").is_none());
        let vod = AlibabaVodError::from_code("OperationDenied.Suspended");
        sum += vod.map_or(0, |v| {
            v.message().len() + usize::from(v.http_status().unwrap_or(0))
        });
        buffer.clear();
        let _ = write!(buffer, "{vod:?}");
        if let Some(vod) = vod {
            let _ = write!(buffer, "{vod:>120}");
        }
        let azure = AzureMediaPlayerError::from_code(0x2020_0194);
        sum += azure.name().map_or(0, str::len) + usize::from(azure.kind().is_known());
        buffer.clear();
        let _ = write!(buffer, "{azure} {:?} {:?}", azure.area(), azure.category());
        let _ = write!(buffer, "{azure:<250} {:>20}", azure.area());
        for e in Synth300Error::ALL {
            sum += e
                .name()
                .and_then(Synth300Error::from_name)
                .map_or(0, |f| f.code() as usize);
        }
    });
    assert!(sum > 0);
    assert_eq!(n, 0, "lookups or Display allocated {n} times");
}

#[test]
fn the_counter_counts() {
    assert!(allocations(|| drop(String::from("an allocation"))) > 0);
}
