//! The generated type of `azure_media_player` (a bit layout) against its anchors:
//! `cargo bench -p errcodes-bench --bench azure_media_player`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod azure_media_player {
    include!(concat!(env!("OUT_DIR"), "/azure_media_player.rs"));
}

// Codes as the player reports them: area 2 (AzureHtml5JS) in bits 31-28.
numeric_benches!(azure_media_player, layout: 0x2000_0000, area, category);
