//! Benchmarks of errcodes: the generated types against what people write instead, at run time
//! and at build time. See `docs/BENCHMARKS.md` of the repository for the figures and how to
//! reproduce them.
//!
//! - [`synth`] writes synthetic catalogs of any size;
//! - [`anchors`] writes, from a catalog, the hand-written `match`, the derive and the
//!   `HashMap` equivalents of the generated type, and the inputs they are measured on.
//!
//! The build script writes both for every benchmarked catalog, and each file of `benches/`
//! measures one catalog.

pub mod anchors;
pub mod harness;
pub mod synth;
