//! Every catalog that has an importer is exactly what its sources give, byte for byte: nobody
//! edits a generated catalog by hand, and a source that changes is seen here.

#[test]
fn bundled_catalogs_are_their_sources() {
    let mut stale = Vec::new();
    for name in errcodes_xtask::names() {
        let imported = errcodes_xtask::import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let path = errcodes_xtask::catalog_path(name);
        let bundled = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if imported != bundled {
            stale.push(name);
        }
        assert_eq!(
            errcodes_catalog::bundled(name),
            Some(bundled.as_str()),
            "catalogs/{name}.toml is not in errcodes-catalog's BUNDLED"
        );
    }
    assert!(
        stale.is_empty(),
        "{stale:?} differ from what their sources give: run `cargo run -p errcodes-xtask -- \
         import all`, and never edit them by hand"
    );
}

#[test]
fn an_unknown_catalog_says_which_there_are() {
    let error = errcodes_xtask::import("nope").unwrap_err();
    assert!(
        error.starts_with("no importer for catalog `nope`: expected one of "),
        "{error}"
    );
    assert!(error.contains("grpc"), "{error}");
}
