//! Writes, for every benchmarked catalog, a module with the generated type (`Generated`) and its
//! anchors (`hand`, `derive`, `map`) and inputs, all from the one catalog file, into `OUT_DIR`.

#[path = "src/synth.rs"]
#[allow(dead_code, unreachable_pub)]
mod synth;

#[path = "src/anchors.rs"]
#[allow(dead_code, unreachable_pub)]
mod anchors;

use std::path::Path;

/// The bundled catalogs that are benchmarked, and the sizes of the synthetic ones.
const BUNDLED: &[&str] = &[
    "alibaba_player",
    "tencent_vod",
    "alibaba_vod",
    "azure_media_player",
    "windows",
    "curl",
    "errno_linux",
    "grpc",
    "http_status",
    "sqlite",
    "sqlstate",
    "windows_hresult",
];
const SYNTHETIC: &[usize] = &[100, 1_000, 10_000];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo::rerun-if-changed=src/synth.rs");
    println!("cargo::rerun-if-changed=src/anchors.rs");
    println!("cargo::rerun-if-changed=../catalogs");
    for name in BUNDLED {
        let text = errcodes_catalog::bundled(name).expect("a bundled catalog");
        write(out, name, name, text);
    }
    for &size in SYNTHETIC {
        let id = format!("synth_{size}");
        let file = out.join(format!("{id}.toml"));
        let text = synth::catalog(size, "Generated");
        std::fs::write(&file, &text).expect("cannot write to OUT_DIR");
        write(out, &id, &file.to_string_lossy(), &text);
    }
}

/// `OUT_DIR/<id>.rs`: `error_catalog!` of `catalog` (a name or a path), then the anchors.
fn write(out: &Path, id: &str, catalog: &str, text: &str) {
    let source = errcodes_catalog::Source::new(id, text);
    let loaded = errcodes_catalog::load(&source).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.render(&source))
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let mut code = format!(
        "errcodes::error_catalog! {{\n    /// The generated type.\n    pub enum Generated from {catalog:?};\n}}\n\n"
    );
    code.push_str(&anchors::module(&loaded));
    std::fs::write(out.join(format!("{id}.rs")), code).expect("cannot write to OUT_DIR");
}
