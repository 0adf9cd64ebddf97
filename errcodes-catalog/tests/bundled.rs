//! Every bundled catalog loads without a problem.

#[test]
fn bundled_catalogs_load() {
    for (name, text) in errcodes_catalog::BUNDLED {
        let path = format!("catalogs/{name}.toml");
        let source = errcodes_catalog::Source::new(&path, text);
        if let Err(errors) = errcodes_catalog::load(&source) {
            let rendered: Vec<_> = errors.iter().map(|e| e.render(&source)).collect();
            panic!("{}", rendered.join("\n"));
        }
    }
}
